// Package packer turns stored messages into tasks. Per project version (and per device, when the version
// groups by device) it collects messages in DA order and closes a task when maxMessages is reached or
// maxWait has passed since the group's first message, whichever comes first. It wakes on DA signals and
// on one timer for the soonest maxWait, never by polling; after a restart it rebuilds its groups from the
// messages DA holds unpacked, so a group that was due closes at once. The groups that close in one step are
// stored together, in CreateTasks calls of at most MaxTasksPerCommit tasks, so that a busy packer pays one
// store commit per step rather than one per task.
package packer

package project

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/message"
)

// Limits on a project file; they bound what a registry entry can make the node load.
const (
	MaxFileBytes     = 1 << 20
	MaxVersions      = 64
	MaxMessagesLimit = 4096
	MaxWaitLimit     = 24 * time.Hour
	DefaultMaxWait   = time.Second
)

// Group-by choices of the aggregation policy.
const (
	GroupByProject = "project"
	GroupByDevice  = "device"
)

// Device policies.
const (
	DevicesOpen      = "open"
	DevicesAllowList = "allowlist"
)

// Output sink types.
const (
	SinkStdout  = "stdout"
	SinkFile    = "file"
	SinkWebhook = "webhook"
)

// ErrInvalid wraps every validation failure of a project file.
var ErrInvalid = errors.New("invalid project file")

// File is a project file: the off-chain description of a project, content-addressed by its sha256.
type File struct {
	Name     string    `json:"name"`
	Versions []Version `json:"versions"`
}

// Version is one version of a project: how its tasks are formed, run and delivered.
type Version struct {
	Version     string          `json:"version"`
	Runtime     string          `json:"runtime"`
	Code        []Artifact      `json:"code"`
	Config      json.RawMessage `json:"config,omitempty"` // runtime-specific settings, passed through
	Aggregation Aggregation     `json:"aggregation"`
	Devices     DevicePolicy    `json:"devices"`
	Output      []Sink          `json:"output,omitempty"`
	SampleData  string          `json:"sampleData,omitempty"` // a data string the program accepts
	// SignatureScheme is how devices sign for this version: message.SchemeSecp256k1 (the default) or
	// message.SchemeEdDSA, whose signatures a circuit can check.
	SignatureScheme string `json:"signatureScheme,omitempty"`
}

// Artifact is a file a runtime needs (a WASM module, a proving key ...), named by content hash.
type Artifact struct {
	Name   string `json:"name"`
	URI    string `json:"uri"`
	SHA256 string `json:"sha256"` // hex, no prefix
}

// Aggregation says when the packer closes a task: at MaxMessages or after MaxWait, whichever is first.
type Aggregation struct {
	MaxMessages int      `json:"maxMessages"`
	MaxWait     Duration `json:"maxWait"`
	GroupBy     string   `json:"groupBy"`
}

// DevicePolicy says which devices may send for a version.
type DevicePolicy struct {
	Policy string           `json:"policy"`
	Allow  []common.Address `json:"allow,omitempty"`
}

// Sink is where a proved result is delivered off-chain.
type Sink struct {
	Type string `json:"type"`
	Path string `json:"path,omitempty"`
	URL  string `json:"url,omitempty"`
}

// Duration is a time.Duration written as a Go duration string ("1.5s") in JSON.
type Duration time.Duration

// MarshalJSON writes the duration as a string.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

// UnmarshalJSON reads a duration string, or a number of milliseconds.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		var ms int64
		if err2 := json.Unmarshal(b, &ms); err2 != nil {
			return fmt.Errorf("duration must be a string like \"2s\" or milliseconds: %w", err)
		}
		*d = Duration(time.Duration(ms) * time.Millisecond)
		return nil
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

var (
	versionPattern = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)
	sha256Pattern  = regexp.MustCompile(`^[0-9a-f]{64}$`)
)

// Decode parses and validates a project file.
func Decode(b []byte) (*File, error) {
	if len(b) > MaxFileBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrInvalid, len(b), MaxFileBytes)
	}
	var f File
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	return &f, nil
}

// Validate checks the file and fills in defaults.
func (f *File) Validate() error {
	if len(f.Versions) == 0 {
		return fmt.Errorf("%w: no versions", ErrInvalid)
	}
	if len(f.Versions) > MaxVersions {
		return fmt.Errorf("%w: %d versions, limit %d", ErrInvalid, len(f.Versions), MaxVersions)
	}
	seen := map[string]bool{}
	for i := range f.Versions {
		v := &f.Versions[i]
		if seen[v.Version] {
			return fmt.Errorf("%w: version %q appears twice", ErrInvalid, v.Version)
		}
		seen[v.Version] = true
		if err := v.validate(); err != nil {
			return fmt.Errorf("%w: version %q: %v", ErrInvalid, v.Version, err)
		}
	}
	return nil
}

func (v *Version) validate() error {
	if !versionPattern.MatchString(v.Version) {
		return errors.New("version must be 1-64 of A-Z a-z 0-9 . _ -")
	}
	if v.Runtime == "" {
		return errors.New("runtime is required")
	}
	switch v.SignatureScheme {
	case "":
		v.SignatureScheme = message.SchemeSecp256k1
	case message.SchemeSecp256k1, message.SchemeEdDSA:
	default:
		return fmt.Errorf("signatureScheme must be %q or %q", message.SchemeSecp256k1, message.SchemeEdDSA)
	}
	names := map[string]bool{}
	for _, a := range v.Code {
		if a.Name == "" || names[a.Name] {
			return fmt.Errorf("artifact names must be present and unique (%q)", a.Name)
		}
		names[a.Name] = true
		if !sha256Pattern.MatchString(a.SHA256) {
			return fmt.Errorf("artifact %q: sha256 must be 64 lowercase hex digits", a.Name)
		}
		if _, err := parseURI(a.URI); err != nil {
			return fmt.Errorf("artifact %q: %v", a.Name, err)
		}
	}
	ag := &v.Aggregation
	if ag.MaxMessages <= 0 {
		ag.MaxMessages = 1
	}
	if ag.MaxMessages > MaxMessagesLimit {
		return fmt.Errorf("aggregation.maxMessages %d over limit %d", ag.MaxMessages, MaxMessagesLimit)
	}
	if ag.MaxWait == 0 {
		ag.MaxWait = Duration(DefaultMaxWait)
	}
	if ag.MaxWait < 0 || time.Duration(ag.MaxWait) > MaxWaitLimit {
		return fmt.Errorf("aggregation.maxWait must be in (0, %s]", MaxWaitLimit)
	}
	switch ag.GroupBy {
	case "":
		ag.GroupBy = GroupByProject
	case GroupByProject, GroupByDevice:
	default:
		return fmt.Errorf("aggregation.groupBy must be %q or %q", GroupByProject, GroupByDevice)
	}
	switch v.Devices.Policy {
	case "":
		if len(v.Devices.Allow) > 0 {
			v.Devices.Policy = DevicesAllowList
		} else {
			v.Devices.Policy = DevicesOpen
		}
	case DevicesOpen, DevicesAllowList:
	default:
		return fmt.Errorf("devices.policy must be %q or %q", DevicesOpen, DevicesAllowList)
	}
	for _, s := range v.Output {
		switch s.Type {
		case SinkStdout:
		case SinkFile:
			// The path is the project owner's, the file system the node operator's: a file output stays
			// inside the node's output directory.
			if s.Path == "" || !filepath.IsLocal(s.Path) {
				return fmt.Errorf("file output %q must be a relative path inside the node's output directory", s.Path)
			}
		case SinkWebhook:
			if !strings.HasPrefix(s.URL, "http://") && !strings.HasPrefix(s.URL, "https://") {
				return errors.New("webhook output needs an http(s) url")
			}
		default:
			return fmt.Errorf("unknown output type %q", s.Type)
		}
	}
	return nil
}

// Version returns the named version.
func (f *File) Version(name string) (*Version, bool) {
	for i := range f.Versions {
		if f.Versions[i].Version == name {
			return &f.Versions[i], true
		}
	}
	return nil, false
}

// Allows reports whether the device may send for this version.
func (v *Version) Allows(device common.Address) bool {
	if v.Devices.Policy == DevicesOpen {
		return true
	}
	for _, a := range v.Devices.Allow {
		if a == device {
			return true
		}
	}
	return false
}

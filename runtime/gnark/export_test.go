package gnark

import "github.com/w3bstream-go/w3bstream/runtime"

// CrashGuardFile is where a crash guard in dir marks the loads of the version of these artifacts.
func CrashGuardFile(dir string, all map[string]runtime.Artifact) (string, error) {
	a, err := findArtifacts(all)
	if err != nil {
		return "", err
	}
	return crashGuard{dir: dir}.guardFile(a.key()), nil
}

package gnark

import (
	"errors"
	"os"
	"testing"

	"github.com/w3bstream-go/w3bstream/runtime"
)

// TestCrashGuard plays loads the process does and does not survive: a load that ends clears its mark,
// and a version is refused once MaxLoadCrashes loads of it died, until its mark is removed.
func TestCrashGuard(t *testing.T) {
	if err := (crashGuard{}).begin("k"); err != nil {
		t.Fatalf("an unset guard refused: %v", err)
	}
	g := crashGuard{dir: t.TempDir()}
	marked := func() bool {
		_, err := os.Stat(g.guardFile("k"))
		return err == nil
	}
	if err := g.begin("k"); err != nil || !marked() {
		t.Fatalf("first load: %v, marked %t", err, marked())
	}
	g.end("k")
	if marked() {
		t.Fatal("a load that ended left its mark")
	}
	for died := range MaxLoadCrashes {
		if err := g.begin("k"); err != nil { // and the process dies: no end
			t.Fatalf("load after %d deaths refused: %v", died, err)
		}
	}
	err := g.begin("k")
	if !errors.Is(err, runtime.ErrBadJob) {
		t.Fatalf("load after %d deaths: %v, want ErrBadJob", MaxLoadCrashes, err)
	}
	if err := g.begin("other"); err != nil {
		t.Fatalf("another version refused: %v", err)
	}
	if err := os.Remove(g.guardFile("k")); err != nil {
		t.Fatal(err)
	}
	if err := g.begin("k"); err != nil {
		t.Fatalf("load after the mark was removed: %v", err)
	}
}

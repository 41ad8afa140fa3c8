package pgtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Bounds on each step; a server that takes longer is broken, not slow.
const (
	initTimeout  = 2 * time.Minute
	startTimeout = time.Minute
	stopTimeout  = 30 * time.Second
	sqlTimeout   = 30 * time.Second
)

// debianBins is where Debian and Ubuntu install the server binaries, one directory per major version.
var debianBins = "/usr/lib/postgresql/*/bin"

// ErrNoPostgres means the Postgres server binaries are not installed.
var ErrNoPostgres = errors.New("pgtest: initdb, pg_ctl and postgres not found in PATH or /usr/lib/postgresql/*/bin; " +
	"run scripts/install-deps.sh")

// Server is a throwaway Postgres cluster in a temporary directory, reachable only on 127.0.0.1 and on a
// unix socket inside that directory.
type Server struct {
	dir  string // everything the server owns; Stop removes it
	bin  string // directory of initdb, pg_ctl and postgres
	port int
	cred *syscall.Credential // the postgres user's, when running as root; nil otherwise
	dbs  atomic.Int64

	stopOnce sync.Once
	stopErr  error
}

// Option changes how a server runs.
type Option func(*config)

type config struct {
	durable bool
}

// Durable keeps fsync on, so that timings include flushing to disk as a production server does. Without it
// the server skips fsync, which is what tests want.
func Durable() Option { return func(c *config) { c.durable = true } }

// Start starts a server that stops when t ends and returns the DSN of a fresh database on it. It fails t
// when Postgres is not installed.
func Start(t testing.TB, opts ...Option) string {
	t.Helper()
	s, err := NewServer(opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Stop(); err != nil {
			t.Errorf("stop postgres: %v", err)
		}
	})
	return s.CreateDatabase(t)
}

// NewServer initialises and starts a server. The caller stops it; TestMain is the place for one server per
// package, with CreateDatabase giving each test its own database.
func NewServer(opts ...Option) (*Server, error) {
	var c config
	for _, o := range opts {
		o(&c)
	}
	bin, err := findBin()
	if err != nil {
		return nil, err
	}
	s := &Server{bin: bin}
	if os.Geteuid() == 0 {
		// initdb and postgres refuse to run as root.
		if s.cred, err = postgresUser(); err != nil {
			return nil, err
		}
	}
	// Not t.TempDir: its parent is private to root, and the server may run as another user.
	if s.dir, err = os.MkdirTemp("", "pgtest-"); err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	if err := s.setup(c); err != nil {
		_ = s.Stop() // a server that half started must not outlive the failure
		return nil, err
	}
	return s, nil
}

// setup runs initdb and starts the server on a free port.
func (s *Server) setup(c config) error {
	if err := os.Mkdir(s.path("sock"), 0o700); err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	if s.cred != nil {
		for _, p := range []string{s.dir, s.path("sock")} {
			if err := os.Chown(p, int(s.cred.Uid), int(s.cred.Gid)); err != nil {
				return fmt.Errorf("pgtest: %w", err)
			}
		}
	}
	if _, err := s.run(initTimeout, "initdb", "-D", s.path("data"), "-U", "postgres", "-A", "trust", "-E", "UTF8",
		"--locale=C", "--no-sync"); err != nil {
		return err
	}
	settings := []string{
		"-k", "'" + s.path("sock") + "'", // pg_ctl hands these to a shell
		"-c", "listen_addresses=127.0.0.1",
		"-c", "max_connections=200",
	}
	if !c.durable {
		settings = append(settings, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
	}
	// The port is free when chosen but may be taken before the server binds it; try another then.
	var err error
	for range 3 {
		if s.port, err = freePort(); err != nil {
			return err
		}
		opts := strings.Join(append([]string{"-p", strconv.Itoa(s.port)}, settings...), " ")
		if _, err = s.run(startTimeout, "pg_ctl", "start", "-D", s.path("data"), "-l", s.path("log"), "-w",
			"-t", strconv.Itoa(int(startTimeout.Seconds())), "-s", "-o", opts); err == nil {
			return nil
		}
	}
	if log, rerr := os.ReadFile(s.path("log")); rerr == nil {
		err = fmt.Errorf("%w\nserver log:\n%s", err, log)
	}
	return err
}

// DSN returns the address of a database on the server.
func (s *Server) DSN(database string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.port, database)
}

// CreateDatabase creates an empty database and returns its DSN. It fails t on error.
func (s *Server) CreateDatabase(t testing.TB) string {
	t.Helper()
	name := fmt.Sprintf("test_%d", s.dbs.Add(1))
	ctx, cancel := context.WithTimeout(context.Background(), sqlTimeout)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.DSN("postgres"))
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	defer func() { _ = conn.Close(context.Background()) }()
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("pgtest: create database: %v", err)
	}
	return s.DSN(name)
}

// Stop stops the server at once (no shutdown checkpoint: its data is thrown away) and removes its directory.
func (s *Server) Stop() error {
	s.stopOnce.Do(func() {
		_, err := s.run(stopTimeout, "pg_ctl", "stop", "-D", s.path("data"), "-m", "immediate", "-w",
			"-t", strconv.Itoa(int(stopTimeout.Seconds())), "-s")
		if err != nil {
			// Leave no server behind: kill the postmaster this server started, if pg_ctl could not.
			if pid, perr := s.postmasterPID(); perr == nil {
				_ = syscall.Kill(pid, syscall.SIGKILL)
			}
		}
		s.stopErr = errors.Join(err, os.RemoveAll(s.dir))
	})
	return s.stopErr
}

// run runs one of the server binaries, as the postgres user when running as root.
func (s *Server) run(timeout time.Duration, name string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, filepath.Join(s.bin, name), args...)
	cmd.Dir = s.dir
	cmd.Env = env(s.dir)
	if s.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	// The server pg_ctl starts writes to its log file, but should it hold our pipe, do not wait for it.
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Run(); err != nil {
		return out.Bytes(), fmt.Errorf("pgtest: %s %s: %w\n%s", name, strings.Join(args, " "), err, out.Bytes())
	}
	return out.Bytes(), nil
}

// path returns a path inside the server's directory.
func (s *Server) path(name string) string { return filepath.Join(s.dir, name) }

// postmasterPID reads the server's process ID from its lock file.
func (s *Server) postmasterPID() (int, error) {
	b, err := os.ReadFile(filepath.Join(s.path("data"), "postmaster.pid"))
	if err != nil {
		return 0, err
	}
	line, _, _ := strings.Cut(string(b), "\n")
	return strconv.Atoi(strings.TrimSpace(line))
}

// findBin returns the directory that holds initdb, pg_ctl and postgres: the one of initdb in PATH, else
// the newest /usr/lib/postgresql/*/bin (where Debian puts them, off PATH).
func findBin() (string, error) {
	var dirs []string
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			dirs = append(dirs, filepath.Dir(real))
		}
		dirs = append(dirs, filepath.Dir(p))
	}
	versions, _ := filepath.Glob(debianBins)
	slices.SortFunc(versions, func(a, b string) int { return version(b) - version(a) })
	for _, dir := range append(dirs, versions...) {
		if hasAll(dir, "initdb", "pg_ctl", "postgres") {
			return dir, nil
		}
	}
	return "", ErrNoPostgres
}

// version returns the major version in /usr/lib/postgresql/<version>/bin, or 0.
func version(bin string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(bin)))
	return v
}

// hasAll reports whether dir holds executable files of all the names.
func hasAll(dir string, names ...string) bool {
	for _, n := range names {
		fi, err := os.Stat(filepath.Join(dir, n))
		if err != nil || fi.IsDir() || fi.Mode()&0o111 == 0 {
			return false
		}
	}
	return true
}

// postgresUser returns the credential of the postgres system user.
func postgresUser() (*syscall.Credential, error) {
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, fmt.Errorf("pgtest: running as root, and Postgres will not; no postgres user to run it as (%w); "+
			"run scripts/install-deps.sh", err)
	}
	uid, err := strconv.ParseUint(u.Uid, 10, 32)
	if err != nil {
		return nil, fmt.Errorf("pgtest: postgres user: %w", err)
	}
	gid, err := strconv.ParseUint(u.Gid, 10, 32)
	if err != nil {
		return nil, fmt.Errorf("pgtest: postgres user: %w", err)
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), Groups: []uint32{}}, nil
}

// env is the environment of the server binaries: ours without PG* variables, which would redirect them.
func env(home string) []string {
	out := []string{"HOME=" + home, "LC_ALL=C", "TZ=UTC"}
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "PG") || k == "HOME" || k == "LC_ALL" || k == "TZ" || strings.HasPrefix(k, "LANG") {
			continue
		}
		out = append(out, kv)
	}
	return out
}

// freePort returns a TCP port on 127.0.0.1 that nothing listens on now.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("pgtest: find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

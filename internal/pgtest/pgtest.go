// Package pgtest starts a throwaway PostgreSQL server for tests: a fresh
// cluster in a temporary directory, listening only on a unix socket there,
// so that tests need no running server, no password and no free port. A
// test binary starts one server, on first use, and Main stops it.
package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// ErrNotInstalled is returned by start when no PostgreSQL binaries are
// found.
var ErrNotInstalled = errors.New("pgtest: PostgreSQL is not installed (no initdb in $PGBIN, /usr/lib/postgresql/*/bin or $PATH)")

// server is a running throwaway cluster.
type server struct {
	dir    string // holds the data directory, the socket and the log
	bin    string
	runAs  []string // prefix that runs a command as the cluster's owner
	nextDB atomic.Int64
}

// start creates and starts a cluster. As root it runs the server as the
// postgres user, since PostgreSQL refuses to run as root.
func start() (*server, error) {
	bin, err := findBin()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "pgtest")
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	s := &server{dir: dir, bin: bin}
	if os.Geteuid() == 0 {
		if err := s.dropRoot(); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	data := filepath.Join(dir, "data")
	if err := s.run("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	opts := fmt.Sprintf("-k %s -c listen_addresses='' -F -c max_connections=100", dir)
	if err := s.run("pg_ctl", "-D", data, "-l", filepath.Join(dir, "log"), "-o", opts, "-w", "start"); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return s, nil
}

// dropRoot makes the temporary directory the postgres user's and runs the
// server's commands as that user.
func (s *server) dropRoot() error {
	u, err := user.Lookup("postgres")
	if err != nil {
		return fmt.Errorf("pgtest: running as root needs a postgres user: %w", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := os.Chown(s.dir, uid, gid); err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	runuser, err := exec.LookPath("runuser")
	if err != nil {
		return fmt.Errorf("pgtest: running as root needs runuser: %w", err)
	}
	s.runAs = []string{runuser, "-u", "postgres", "--"}
	return nil
}

// findBin returns the directory of the newest PostgreSQL binaries.
func findBin() (string, error) {
	if dir := os.Getenv("PGBIN"); dir != "" {
		return dir, nil
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p), nil
	}
	return "", ErrNotInstalled
}

// version reads the major version out of /usr/lib/postgresql/N/bin.
func version(bin string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(bin)))
	return n
}

func (s *server) run(name string, args ...string) error {
	argv := append(append(append([]string{}, s.runAs...), filepath.Join(s.bin, name)), args...)
	out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("pgtest: %s: %w\n%s", name, err, out)
	}
	return nil
}

// url is the connection string of database db on the server.
func (s *server) url(db string) string {
	return fmt.Sprintf("postgres://postgres@/%s?host=%s&sslmode=disable", db, s.dir)
}

// newDB creates an empty database and returns its URL.
func (s *server) newDB(ctx context.Context) (string, error) {
	name := fmt.Sprintf("test%d", s.nextDB.Add(1))
	db, err := sql.Open("pgx", s.url("postgres"))
	if err != nil {
		return "", fmt.Errorf("pgtest: %w", err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		return "", fmt.Errorf("pgtest: create database %s: %w", name, err)
	}
	return s.url(name), nil
}

// stop stops the server and removes its files.
func (s *server) stop() error {
	err := s.run("pg_ctl", "-D", filepath.Join(s.dir, "data"), "-m", "immediate", "-w", "stop")
	if rmErr := os.RemoveAll(s.dir); err == nil {
		err = rmErr
	}
	return err
}

// The server shared by the tests of one test binary, started by the first
// NewDB and stopped by Main.
var (
	shared     *server
	sharedErr  error
	sharedOnce sync.Once
)

// NewDB returns the URL of a new, empty database on the test binary's
// server, starting it on first use. Without PostgreSQL installed it skips
// the test, unless $CI is set: there it fails.
func NewDB(t testing.TB) string {
	t.Helper()
	sharedOnce.Do(func() { shared, sharedErr = start() })
	switch {
	case errors.Is(sharedErr, ErrNotInstalled) && !inCI():
		t.Skip(sharedErr)
	case sharedErr != nil:
		t.Fatal(sharedErr)
	}
	url, err := shared.newDB(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return url
}

// Main runs a test binary's tests (m.Run) and stops the server if a test
// started it. Call it from TestMain: os.Exit(pgtest.Main(m)).
func Main(m interface{ Run() int }) int {
	code := m.Run()
	if shared != nil {
		if err := shared.stop(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			if code == 0 {
				code = 1
			}
		}
	}
	return code
}

func inCI() bool {
	ci := strings.ToLower(os.Getenv("CI"))
	return ci != "" && ci != "false" && ci != "0"
}

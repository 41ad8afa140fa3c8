package chain_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/da"
)

// seen is a log as the tests compare them.
type seen struct {
	block uint64
	index uint
	tx    common.Hash
}

func (s seen) String() string { return fmt.Sprintf("%d/%d", s.block, s.index) }

func seenOf(l types.Log) seen { return seen{l.BlockNumber, l.Index, l.TxHash} }

// collector is an indexer handler that records what it is given.
type collector struct {
	mu   sync.Mutex
	logs []seen
}

func (c *collector) handle(_ context.Context, l types.Log) error {
	c.mu.Lock()
	c.logs = append(c.logs, seenOf(l))
	c.mu.Unlock()
	return nil
}

func (c *collector) got() []seen {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]seen(nil), c.logs...)
}

// has reports whether the collector holds a log at or after want's position.
func (c *collector) has(want seen) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := len(c.logs)
	return n > 0 && (c.logs[n-1].block > want.block || c.logs[n-1].block == want.block && c.logs[n-1].index >= want.index)
}

func (e *env) addresses() []common.Address {
	a := e.dep.Addresses
	return []common.Address{a.ProjectRegistry, a.DeviceRegistry, a.ProverRegistry, a.BlockMinter, a.Router, a.SumDApp}
}

// truth is every log of the contracts up to the head, by eth_getLogs in one range.
func (e *env) truth() []seen {
	e.t.Helper()
	logs := must(e.eth.FilterLogs(e.ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: e.head().Number, Addresses: e.addresses()}))(e.t)
	out := make([]seen, len(logs))
	for i, l := range logs {
		out[i] = seenOf(l)
	}
	return out
}

// makeLogs sends n transactions of the project owner, each emitting logs in its own block.
func (e *env) makeLogs(projectID uint64, n int, tag string) {
	e.t.Helper()
	for i := range n {
		key := crypto.Keccak256Hash([]byte(tag + strconv.Itoa(i)))
		if _, err := e.projectOwner.SetProjectAttribute(e.ctx, projectID, key, []byte{byte(i)}); err != nil {
			e.t.Errorf("make logs: %v", err)
			return
		}
	}
}

// runIndexer runs an indexer until the returned stop is called; stop returns Run's error.
func (e *env) runIndexer(ix *chain.Indexer) (stop func() error) {
	e.t.Helper()
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- ix.Run(ctx) }()
	var once sync.Once
	var err error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case err = <-done:
			case <-time.After(30 * time.Second):
				err = errors.New("indexer did not stop")
			}
		})
		return err
	}
	e.t.Cleanup(func() { _ = stop() })
	return stop
}

func (e *env) newIndexer(endpoint string, store da.Store, name string, handle func(context.Context, types.Log) error, opts ...chain.IndexerOption) *chain.Indexer {
	e.t.Helper()
	opts = append([]chain.IndexerOption{chain.WithPollInterval(50 * time.Millisecond), chain.WithBackoff(20*time.Millisecond, 200*time.Millisecond)}, opts...)
	return must(chain.NewIndexer(e.eth, endpoint, store, name, e.addresses(), handle, opts...))(e.t)
}

func checkSame(t *testing.T, got, want []seen) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d logs handed over, want %d:\ngot  %v\nwant %v", len(got), len(want), got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("log %d is %v, want %v:\ngot  %v\nwant %v", i, got[i], want[i], got, want)
		}
	}
}

func cursorOf(t *testing.T, ctx context.Context, store da.Store, name string) uint64 {
	t.Helper()
	v := must(store.GetState(ctx, chain.CursorKeyPrefix+name))(t)
	return must(strconv.ParseUint(string(v), 10, 64))(t)
}

// endpoints are the ways an indexer follows the chain. The subscribed one never ticks, so that what it
// hands over comes from the back-fill and the subscription alone, and its cursor is saved when it stops.
func endpoints(e *env) []struct {
	name, url string
	opts      []chain.IndexerOption
} {
	return []struct {
		name, url string
		opts      []chain.IndexerOption
	}{
		{"polling", e.chain.RPCURL(), nil},
		{"subscription", e.chain.WSURL(), []chain.IndexerOption{chain.WithPollInterval(time.Hour)}},
		{"subscription with ticks", e.chain.WSURL(), nil},
	}
}

// TestIndexerOnce checks that an indexer hands over every log once, in order, while blocks are being
// made, from the genesis block on (the deployment's logs included).
func TestIndexerOnce(t *testing.T) {
	e := newEnv(t)
	pid := e.newProject("indexed")
	for _, ep := range endpoints(e) {
		t.Run(ep.name, func(t *testing.T) {
			var c collector
			ix := e.newIndexer(ep.url, openStore(t, t.TempDir()), "once", c.handle, ep.opts...)
			if ix.Subscribes() != strings.HasPrefix(ep.name, "subscription") {
				t.Fatalf("%s endpoint: subscribes %t", ep.name, ix.Subscribes())
			}
			stop := e.runIndexer(ix)
			var wg sync.WaitGroup
			wg.Go(func() { e.makeLogs(pid, 15, ep.name+"a") })
			wg.Go(func() { e.makeLogs(pid, 15, ep.name+"b") })
			wg.Wait()
			want := e.truth()
			e.eventually("the indexer to catch up", func() bool { return c.has(want[len(want)-1]) })
			if err := stop(); err != nil {
				t.Fatal(err)
			}
			checkSame(t, c.got(), want)
		})
	}
}

// TestIndexerResumes stops an indexer, makes more logs and starts another on the same store: it hands
// over what came after the first one's cursor, and nothing the first one handed over.
func TestIndexerResumes(t *testing.T) {
	e := newEnv(t)
	pid := e.newProject("resumed")
	for _, ep := range endpoints(e) {
		t.Run(ep.name, func(t *testing.T) {
			store := openStore(t, t.TempDir())
			var first, second collector
			stop := e.runIndexer(e.newIndexer(ep.url, store, "resume", first.handle, ep.opts...))
			e.makeLogs(pid, 5, ep.name+"first")
			want := e.truth()
			e.eventually("the first indexer to catch up", func() bool { return first.has(want[len(want)-1]) })
			if err := stop(); err != nil {
				t.Fatal(err)
			}
			checkSame(t, first.got(), want)
			cursor := cursorOf(t, e.ctx, store, "resume")
			if last := want[len(want)-1].block; cursor <= last {
				t.Fatalf("cursor %d after the last log at block %d", cursor, last)
			}

			e.makeLogs(pid, 5, ep.name+"second")
			all := e.truth()
			stop = e.runIndexer(e.newIndexer(ep.url, store, "resume", second.handle, ep.opts...))
			e.eventually("the second indexer to catch up", func() bool { return second.has(all[len(all)-1]) })
			if err := stop(); err != nil {
				t.Fatal(err)
			}
			checkSame(t, append(first.got(), second.got()...), all)
			if c := cursorOf(t, e.ctx, store, "resume"); c <= all[len(all)-1].block {
				t.Fatalf("cursor %d not past the last log's block %d", c, all[len(all)-1].block)
			}
		})
	}
}

// TestIndexerReconnects cuts the WebSocket connection while logs are being made: the indexer reconnects,
// back-fills and still hands over every log once, in order.
func TestIndexerReconnects(t *testing.T) {
	e := newEnv(t)
	pid := e.newProject("cut")
	px := newProxy(t, strings.TrimPrefix(e.chain.WSURL(), "ws://"))
	var c collector
	stop := e.runIndexer(e.newIndexer("ws://"+px.addr(), openStore(t, t.TempDir()), "cut", c.handle, chain.WithPollInterval(time.Hour)))
	e.eventually("the indexer to connect", func() bool { return px.accepted() > 0 })
	for round := range 4 {
		e.makeLogs(pid, 3, "before cut "+strconv.Itoa(round))
		connected := px.accepted()
		if px.cut() == 0 {
			t.Fatalf("round %d: no connection to cut", round)
		}
		// These come while the subscription is down or being made again: the back-fill brings them.
		e.makeLogs(pid, 2, "after cut "+strconv.Itoa(round))
		e.eventually("the indexer to reconnect", func() bool { return px.accepted() > connected })
	}
	e.makeLogs(pid, 3, "last")
	want := e.truth()
	e.eventually("the indexer to catch up", func() bool { return c.has(want[len(want)-1]) })
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	checkSame(t, c.got(), want)
}

// TestIndexerHandlerError stops on a handler's error and hands the failing log over again on the next run.
func TestIndexerHandlerError(t *testing.T) {
	e := newEnv(t)
	pid := e.newProject("failing")
	e.makeLogs(pid, 3, "x")
	want := e.truth()
	store := openStore(t, t.TempDir())
	var c collector
	boom := errors.New("boom")
	failAt := want[len(want)-2]
	ix := e.newIndexer(e.chain.RPCURL(), store, "fail", func(ctx context.Context, l types.Log) error {
		if seenOf(l) == failAt {
			return boom
		}
		return c.handle(ctx, l)
	})
	if err := ix.Run(e.ctx); !errors.Is(err, boom) {
		t.Fatalf("Run = %v, want the handler's error", err)
	}
	checkSame(t, c.got(), want[:len(want)-2])
	if cur := cursorOf(t, e.ctx, store, "fail"); cur > failAt.block {
		t.Fatalf("cursor %d is past the failing log's block %d", cur, failAt.block)
	}
	var again collector
	stop := e.runIndexer(e.newIndexer(e.chain.RPCURL(), store, "fail", again.handle))
	e.eventually("the retry", func() bool { return again.has(want[len(want)-1]) })
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if got := again.got(); got[0].block > failAt.block || !again.has(failAt) {
		t.Fatalf("the next run handed over %v, not from the failing log %v", got, failAt)
	}
}

// proxy forwards TCP connections to a target and can cut them all.
type proxy struct {
	t      *testing.T
	ln     net.Listener
	target string

	mu    sync.Mutex
	conns []net.Conn
	n     int
}

func newProxy(t *testing.T, target string) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{t: t, ln: ln, target: target}
	var wg sync.WaitGroup
	t.Cleanup(func() {
		_ = ln.Close()
		p.cut()
		wg.Wait()
	})
	wg.Go(func() {
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", target)
			if err != nil {
				_ = in.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, in, out)
			p.n++
			p.mu.Unlock()
			wg.Go(func() { _, _ = io.Copy(out, in); _ = out.Close() })
			wg.Go(func() { _, _ = io.Copy(in, out); _ = in.Close() })
		}
	})
	return p
}

func (p *proxy) addr() string { return p.ln.Addr().String() }

// cut closes every open connection and returns how many client connections there were.
func (p *proxy) cut() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		_ = c.Close()
	}
	n := len(p.conns) / 2
	p.conns = nil
	return n
}

func (p *proxy) accepted() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.n
}

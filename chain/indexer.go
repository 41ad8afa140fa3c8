package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/w3bstream-go/w3bstream/da"
)

// Defaults of an Indexer.
const (
	DefaultPollInterval  = time.Second
	DefaultConfirmations = 0 // a dev chain does not reorg
	DefaultMaxRange      = 2000
	DefaultBackoffMin    = 250 * time.Millisecond
	DefaultBackoffMax    = 30 * time.Second
)

// CursorKeyPrefix is where an indexer keeps its cursor in the DA store: CursorKeyPrefix + name.
const CursorKeyPrefix = "chain/cursor/"

// cursorSaveTimeout bounds the last cursor save after Run's context ended.
const cursorSaveTimeout = 5 * time.Second

// Indexer follows the logs of a set of contracts in chain order and hands each to a handler, resuming
// from a cursor kept in the DA store: the next block to read, saved after each range of blocks it
// processed.
//
// Over a WebSocket endpoint it subscribes to the logs (eth_subscribe) and hands them over as they come;
// each (re)subscription first back-fills from the cursor with eth_getLogs, and a subscription error is
// followed by a reconnection with backoff. Over HTTP it polls eth_getLogs every poll interval. Either
// way, within one Run every log is handed over once, in order (block, then log index). Logs are handed
// over once their block has Confirmations blocks on top; removed (reorged) logs are not handed over.
//
// Handlers must be idempotent: after a crash, the logs of blocks from the saved cursor on come again,
// some of which the handler may have seen.
type Indexer struct {
	eth    *ethclient.Client
	wsURL  string
	store  da.Store
	key    string
	addrs  []common.Address
	handle func(ctx context.Context, l types.Log) error
	cfg    indexerConfig

	running atomic.Bool
	// Run's state, touched only by Run's goroutine.
	cursor  uint64 // next block not yet fully handed over
	saved   uint64 // the cursor as the store holds it
	last    logPos // the last log handed over, when hasLast
	hasLast bool
}

type indexerConfig struct {
	pollInterval  time.Duration
	confirmations uint64
	maxRange      uint64
	backoffMin    time.Duration
	backoffMax    time.Duration
	startBlock    uint64
	log           *slog.Logger
}

// IndexerOption configures an Indexer.
type IndexerOption func(*indexerConfig) error

// WithPollInterval sets how often an HTTP endpoint is polled for new logs, and how often a subscribed
// indexer saves its cursor (default DefaultPollInterval).
func WithPollInterval(d time.Duration) IndexerOption {
	return func(c *indexerConfig) error {
		if d <= 0 {
			return fmt.Errorf("chain: poll interval must be positive, got %s", d)
		}
		c.pollInterval = d
		return nil
	}
}

// WithConfirmations sets how many blocks must be on top of a log's block before it is handed over
// (default DefaultConfirmations).
func WithConfirmations(n uint64) IndexerOption {
	return func(c *indexerConfig) error { c.confirmations = n; return nil }
}

// WithMaxRange sets the most blocks one eth_getLogs covers, and so how often the cursor is saved while
// catching up (default DefaultMaxRange).
func WithMaxRange(blocks uint64) IndexerOption {
	return func(c *indexerConfig) error {
		if blocks == 0 {
			return errors.New("chain: max range must be positive")
		}
		c.maxRange = blocks
		return nil
	}
}

// WithBackoff sets the wait before reconnecting or retrying after an RPC error: min, doubling up to max
// (defaults DefaultBackoffMin, DefaultBackoffMax).
func WithBackoff(lo, hi time.Duration) IndexerOption {
	return func(c *indexerConfig) error {
		if lo <= 0 || hi < lo {
			return fmt.Errorf("chain: backoff must have 0 < min <= max, got %s, %s", lo, hi)
		}
		c.backoffMin, c.backoffMax = lo, hi
		return nil
	}
}

// WithStartBlock sets where an indexer without a saved cursor starts (default 0; the deploy block saves
// scanning the blocks before it).
func WithStartBlock(n uint64) IndexerOption {
	return func(c *indexerConfig) error { c.startBlock = n; return nil }
}

// WithIndexerLogger sets the logger of RPC errors and reconnections (default slog.Default()).
func WithIndexerLogger(l *slog.Logger) IndexerOption {
	return func(c *indexerConfig) error {
		if l == nil {
			return errors.New("chain: nil logger")
		}
		c.log = l
		return nil
	}
}

// NewIndexer makes an indexer named name (its cursor is CursorKeyPrefix+name) of the logs of addrs. eth
// serves eth_getLogs; wsURL, when it is a ws:// or wss:// URL, serves the subscription; anything else
// (empty, http://) means polling.
func NewIndexer(eth *ethclient.Client, wsURL string, store da.Store, name string, addrs []common.Address,
	handle func(ctx context.Context, l types.Log) error, opts ...IndexerOption) (*Indexer, error) {
	switch {
	case eth == nil:
		return nil, errors.New("chain: indexer needs an RPC client")
	case store == nil:
		return nil, errors.New("chain: indexer needs a store")
	case name == "":
		return nil, errors.New("chain: indexer needs a name")
	case len(addrs) == 0:
		return nil, errors.New("chain: indexer needs contract addresses")
	case handle == nil:
		return nil, errors.New("chain: indexer needs a handler")
	}
	cfg := indexerConfig{
		pollInterval: DefaultPollInterval, confirmations: DefaultConfirmations, maxRange: DefaultMaxRange,
		backoffMin: DefaultBackoffMin, backoffMax: DefaultBackoffMax, log: slog.Default(),
	}
	for _, opt := range opts {
		if err := opt(&cfg); err != nil {
			return nil, err
		}
	}
	if wsURL != "" {
		u, err := url.Parse(wsURL)
		if err != nil {
			return nil, fmt.Errorf("chain: indexer endpoint %q: %w", wsURL, err)
		}
		if s := strings.ToLower(u.Scheme); s != "ws" && s != "wss" {
			wsURL = ""
		}
	}
	return &Indexer{
		eth: eth, wsURL: wsURL, store: store, key: CursorKeyPrefix + name, addrs: slices.Clone(addrs),
		handle: handle, cfg: cfg,
	}, nil
}

// Subscribes reports whether the indexer uses a subscription (a WebSocket endpoint) rather than polling.
func (ix *Indexer) Subscribes() bool { return ix.wsURL != "" }

// Run follows the logs until ctx ends (then it returns nil, after saving the cursor) or a handler fails
// (then it returns the handler's error, wrapped, with the cursor saved so that the failing log comes
// again on the next Run). RPC errors are logged and retried with backoff. Run may not be called twice at
// once.
func (ix *Indexer) Run(ctx context.Context) error {
	if !ix.running.CompareAndSwap(false, true) {
		return errors.New("chain: indexer already running")
	}
	defer ix.running.Store(false)
	if err := ix.loadCursor(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	ix.hasLast = false
	defer ix.settle()

	var err error
	if ix.wsURL != "" {
		err = ix.runSubscribed(ctx)
	} else {
		err = ix.runPolling(ctx)
	}
	if ctx.Err() != nil {
		return nil // a handler that failed now most likely failed for the cancellation
	}
	return err
}

// runPolling syncs to the head every poll interval.
func (ix *Indexer) runPolling(ctx context.Context) error {
	bo := ix.newBackoff()
	for {
		wait := ix.cfg.pollInterval
		if err := ix.sync(ctx); err != nil {
			if isHandlerError(err) || ctx.Err() != nil {
				return err
			}
			wait = bo.next()
			ix.cfg.log.Warn("chain indexer: poll failed", "cursor", ix.key, "err", err, "retryIn", wait)
		} else {
			bo.reset()
		}
		if !sleep(ctx, wait) {
			return nil
		}
	}
}

// runSubscribed keeps a subscription up, reconnecting with backoff. While the subscription is down, the
// indexer still syncs with eth_getLogs, so that it falls behind by no more than the backoff.
func (ix *Indexer) runSubscribed(ctx context.Context) error {
	bo := ix.newBackoff()
	for {
		err := ix.subscribe(ctx, bo)
		if isHandlerError(err) || ctx.Err() != nil {
			return err
		}
		if errors.Is(err, rpc.ErrNotificationsUnsupported) {
			ix.cfg.log.Warn("chain indexer: endpoint has no subscriptions; polling", "cursor", ix.key, "endpoint", ix.wsURL)
			return ix.runPolling(ctx)
		}
		wait := bo.next()
		ix.cfg.log.Warn("chain indexer: subscription lost", "cursor", ix.key, "err", err, "retryIn", wait)
		if err := ix.sync(ctx); err != nil && (isHandlerError(err) || ctx.Err() != nil) {
			return err
		}
		if !sleep(ctx, wait) {
			return nil
		}
	}
}

// subscribe subscribes, back-fills from the cursor and then hands over the subscribed logs until the
// subscription fails or ctx ends. Subscribing before back-filling leaves no gap: every block after the
// head the back-fill reads comes through the subscription, and what both bring is handed over once.
func (ix *Indexer) subscribe(ctx context.Context, bo *backoff) error {
	ws, err := ethclient.DialContext(ctx, ix.wsURL)
	if err != nil {
		return fmt.Errorf("dial %s: %w", ix.wsURL, err)
	}
	defer ws.Close()
	logs := make(chan types.Log, 1024)
	sub, err := ws.SubscribeFilterLogs(ctx, ethereum.FilterQuery{Addresses: ix.addrs}, logs)
	if err != nil {
		return fmt.Errorf("subscribe: %w", err)
	}
	defer sub.Unsubscribe()
	if err := ix.sync(ctx); err != nil {
		return err
	}
	bo.reset()
	tick := time.NewTicker(ix.cfg.pollInterval)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-sub.Err():
			if err == nil {
				err = errors.New("subscription closed")
			}
			return err
		case l := <-logs:
			if ix.cfg.confirmations > 0 {
				// Not deep enough yet: the tick hands it over once it is.
				continue
			}
			if err := ix.deliver(ctx, l); err != nil {
				return err
			}
		case <-tick.C:
			// Moves (and saves) the cursor over what the subscription handed over, and hands over logs as
			// they reach their confirmations.
			if err := ix.sync(ctx); err != nil {
				if isHandlerError(err) || ctx.Err() != nil {
					return err
				}
				ix.cfg.log.Warn("chain indexer: sync failed", "cursor", ix.key, "err", err)
			}
		}
	}
}

// sync hands over the logs from the cursor to the confirmed head, a range at a time, saving the cursor
// after each range.
func (ix *Indexer) sync(ctx context.Context) error {
	head, err := ix.eth.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	if head < ix.cfg.confirmations {
		return nil
	}
	safe := head - ix.cfg.confirmations
	for ix.cursor <= safe {
		to := safe
		if safe-ix.cursor >= ix.cfg.maxRange {
			to = ix.cursor + ix.cfg.maxRange - 1
		}
		logs, err := scanLogs(ctx, ix.eth, ethereum.FilterQuery{Addresses: ix.addrs}, ix.cursor, to, ix.cfg.maxRange)
		if err != nil {
			return err
		}
		slices.SortStableFunc(logs, func(a, b types.Log) int { return posOf(a).cmp(posOf(b)) })
		for _, l := range logs {
			if err := ix.deliver(ctx, l); err != nil {
				return err
			}
		}
		ix.cursor = to + 1
		if err := ix.saveCursor(ctx); err != nil {
			return err
		}
	}
	return nil
}

// deliver hands l over unless it was already: its block is before the cursor, or it is not after the
// last log handed over.
func (ix *Indexer) deliver(ctx context.Context, l types.Log) error {
	p := posOf(l)
	if l.Removed || l.BlockNumber < ix.cursor || (ix.hasLast && p.cmp(ix.last) <= 0) {
		return nil
	}
	if err := ix.handle(ctx, l); err != nil {
		return &handlerError{pos: p, tx: l.TxHash, err: err}
	}
	ix.last, ix.hasLast = p, true
	return nil
}

// settle saves, after Run, the cursor past the logs handed over since the last save: every block before
// the last handed-over log's is done, and that block too if no later log of it is left. It saves with a
// context of its own, because the save that Run's cancellation cut short is rolled back.
func (ix *Indexer) settle() {
	ctx, cancel := context.WithTimeout(context.Background(), cursorSaveTimeout)
	defer cancel()
	if ix.hasLast && ix.last.block >= ix.cursor {
		next := ix.last.block + 1
		logs, err := scanLogs(ctx, ix.eth, ethereum.FilterQuery{Addresses: ix.addrs}, ix.last.block, ix.last.block, 1)
		if err != nil {
			next = ix.last.block
		}
		for _, l := range logs {
			if !l.Removed && posOf(l).cmp(ix.last) > 0 {
				next = ix.last.block
			}
		}
		ix.cursor = max(ix.cursor, next)
	}
	if ix.cursor > ix.saved {
		if err := ix.saveCursor(ctx); err != nil {
			ix.cfg.log.Warn("chain indexer: cursor not saved", "cursor", ix.key, "err", err)
		}
	}
}

func (ix *Indexer) loadCursor(ctx context.Context) error {
	v, err := ix.store.GetState(ctx, ix.key)
	switch {
	case errors.Is(err, da.ErrNotFound):
		ix.cursor, ix.saved = ix.cfg.startBlock, ix.cfg.startBlock
		return nil
	case err != nil:
		return fmt.Errorf("chain indexer: load cursor %s: %w", ix.key, err)
	}
	n, err := strconv.ParseUint(string(v), 10, 64)
	if err != nil {
		return fmt.Errorf("chain indexer: cursor %s is %q: %w", ix.key, v, err)
	}
	ix.cursor, ix.saved = n, n
	return nil
}

func (ix *Indexer) saveCursor(ctx context.Context) error {
	if err := ix.store.PutState(ctx, ix.key, []byte(strconv.FormatUint(ix.cursor, 10))); err != nil {
		return fmt.Errorf("save cursor %s: %w", ix.key, err)
	}
	ix.saved = ix.cursor
	return nil
}

// logPos orders logs in the chain.
type logPos struct {
	block uint64
	index uint
}

func posOf(l types.Log) logPos { return logPos{l.BlockNumber, l.Index} }

func (p logPos) cmp(q logPos) int {
	switch {
	case p.block != q.block:
		if p.block < q.block {
			return -1
		}
		return 1
	case p.index < q.index:
		return -1
	case p.index > q.index:
		return 1
	}
	return 0
}

// handlerError is a handler's failure: it ends Run, unlike RPC errors.
type handlerError struct {
	pos logPos
	tx  common.Hash
	err error
}

func (e *handlerError) Error() string {
	return fmt.Sprintf("chain indexer: handle log %d of block %d (tx %s): %v", e.pos.index, e.pos.block, e.tx, e.err)
}

func (e *handlerError) Unwrap() error { return e.err }

func isHandlerError(err error) bool {
	var he *handlerError
	return errors.As(err, &he)
}

// backoff doubles a wait from min to max.
type backoff struct {
	min, max, cur time.Duration
}

func (ix *Indexer) newBackoff() *backoff {
	return &backoff{min: ix.cfg.backoffMin, max: ix.cfg.backoffMax}
}

func (b *backoff) next() time.Duration {
	if b.cur == 0 {
		b.cur = b.min
	} else {
		b.cur = min(2*b.cur, b.max)
	}
	return b.cur
}

func (b *backoff) reset() { b.cur = 0 }

// sleep waits d or until ctx ends; false when ctx ended.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

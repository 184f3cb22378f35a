package runtime

import (
	"errors"
	"fmt"
	"unsafe"

	"github.com/mtc-dev/mtc/artifact"
)

// Session is one conversation with a Model: the KV cache, the arenas and the current position.
// Step runs the artifact's launch program for T new tokens at once (prefill) or one at a time
// (decode). A Session is not safe for concurrent use; sessions of one Model may run
// concurrently (their steps, or launches, take turns on the artifact's thread pool).
type Session struct {
	md  *Model
	art *Artifact
	pos int

	kv     []*region // kv[2s] and kv[2s+1]: the K and V regions of slot s (see allocKV)
	arena  *region   // ArenaBytesPerToken · arenaT bytes
	arenaT int
	rows   *region // the row arena: ArenaBytesPerRow · rowsR bytes
	rowsR  int
	tokens *region // the step's token ids, i32 [tokensT]
	table  *region // per launch: its buffer pointers, then its integer arguments
	calls  []launchTask
	// native runs a step in the kernel library's step loop (nil: launch by launch from Go).
	native *programTask
	err    error // an allocation failure of NewSession, reported by Step
}

// launchTask is one launch of the program, ready to run on the pool.
type launchTask struct {
	fn       uintptr
	bufs     []uintptr // in Session.table: the buffer pointers
	ints     []int64   // in Session.table: the integer arguments
	bufsAddr uintptr   // &bufs[0] (or any valid address when there are none)
	intsAddr uintptr
	split    int64
	grain    int64
}

// NewSession makes an empty session (position 0). Its KV cache (capacity positions for every
// slot) is allocated now; the arena grows with the largest step.
func (md *Model) NewSession() *Session {
	a := md.art
	m := a.Manifest
	s := &Session{md: md, art: a, calls: make([]launchTask, len(m.Program))}
	words := 0
	for _, l := range m.Program {
		words += len(l.Bufs) + len(l.Ints)
	}
	var err error
	if s.table, err = allocRegion(8 * int64(words+1)); err != nil {
		s.err = err
		return s
	}
	table := unsafe.Slice((*uint64)(unsafe.Pointer(&s.table.data[0])), words+1)
	off := 0
	for i, l := range m.Program {
		nb, ni := len(l.Bufs), len(l.Ints)
		c := &s.calls[i]
		*c = launchTask{fn: a.kernels[l.Kernel], grain: max(l.Grain, 1)}
		c.bufs = unsafe.Slice((*uintptr)(unsafe.Pointer(&table[off])), nb)
		c.ints = unsafe.Slice((*int64)(unsafe.Pointer(&table[off+nb])), ni)
		c.bufsAddr = uintptr(unsafe.Pointer(&table[off]))
		c.intsAddr = uintptr(unsafe.Pointer(&table[off+nb]))
		off += nb + ni
	}
	if s.kv, err = allocKV(m.Slots, int64(a.capacity)); err != nil {
		s.err = err
		return s
	}
	if a.useProgram() {
		if s.native, err = newProgramTask(a.runProgram, s.calls); err != nil {
			s.err = err
		}
	}
	return s
}

// Pos returns the position the next step starts at: the number of tokens in the KV cache.
func (s *Session) Pos() int { return s.pos }

// Capacity returns the number of positions the KV cache holds.
func (s *Session) Capacity() int { return s.art.capacity }

// Reset empties the KV cache.
func (s *Session) Reset() { s.pos = 0 }

// Rewind drops the cached positions from p on, so that the next step starts at p. A p beyond
// the current position changes nothing; a negative p empties the cache.
func (s *Session) Rewind(p int) { s.pos = min(s.pos, max(p, 0)) }

// Close frees the KV cache and the arenas. The session must not be used afterwards.
func (s *Session) Close() error {
	var errs []error
	for _, r := range s.kv {
		errs = append(errs, r.free())
	}
	errs = append(errs, s.arena.free(), s.rows.free(), s.tokens.free(), s.table.free())
	if s.native != nil {
		errs = append(errs, s.native.free())
	}
	s.kv, s.arena, s.rows, s.tokens, s.table, s.native = nil, nil, nil, nil, nil, nil
	s.err = errors.New("session is closed")
	return errors.Join(errs...)
}

// Step runs the model on tokens (T = len(tokens)) at positions Pos()..Pos()+T-1, appends them to
// the KV cache and returns the logits of the last r rows: r·vocab float32s, row-major, in a
// new slice. r is 1 for generation and T to score every position.
func (s *Session) Step(tokens []int32, r int) ([]float32, error) {
	if s.err != nil {
		return nil, s.err
	}
	m := s.art.Manifest
	T := len(tokens)
	switch {
	case T == 0:
		return nil, errors.New("step: no tokens")
	case r < 1 || r > T:
		return nil, fmt.Errorf("step: %d logit rows requested for %d tokens (want 1..%d)", r, T, T)
	case s.pos+T > s.art.capacity:
		return nil, fmt.Errorf("context overflow: %d tokens at position %d exceed the KV-cache capacity of %d positions (start a new session, rewind, or raise the capacity)", T, s.pos, s.art.capacity)
	}
	vocab := m.Model.VocabSize
	for i, t := range tokens {
		if t < 0 || int(t) >= vocab {
			return nil, fmt.Errorf("step: token %d (index %d of %d) is out of range: the vocabulary has ids 0..%d", t, i, T, vocab-1)
		}
	}
	if err := s.reserve(T, r); err != nil {
		return nil, err
	}
	copy(unsafe.Slice((*int32)(unsafe.Pointer(&s.tokens.data[0])), T), tokens)
	if err := s.resolve(int64(T), int64(r)); err != nil {
		return nil, err
	}
	if s.native != nil {
		s.native.run(s.art.pool, s.calls)
	} else {
		for i := range s.calls {
			s.run(&s.calls[i])
		}
	}
	s.pos += T
	src := s.arena.data[m.Result.Offset*int64(T):]
	if m.Result.Kind == artifact.RefRows {
		src = s.rows.data[m.Result.Offset*int64(r):]
	}
	out := make([]float32, r*vocab)
	copy(out, f32View(src[:4*r*vocab]))
	return out, nil
}

// reserve grows the arena and the token buffer to hold a step of T tokens, and the row arena to
// hold R logit rows. Both grow to at least twice their size (at most the capacity), so that a
// run of growing steps allocates a few times, not every step.
func (s *Session) reserve(T, R int) error {
	if R > s.rowsR && s.art.Manifest.ArenaBytesPerRow > 0 {
		n := max(R, min(2*s.rowsR, s.art.capacity))
		rows, err := allocRegion(s.art.Manifest.ArenaBytesPerRow * int64(n))
		if err != nil {
			return fmt.Errorf("row arena for %d logit rows: %w", n, err)
		}
		s.rows.free()
		s.rows, s.rowsR = rows, n
	}
	if T > s.arenaT {
		n := max(T, min(2*s.arenaT, s.art.capacity))
		arena, err := allocRegion(s.art.Manifest.ArenaBytesPerToken * int64(n))
		if err != nil {
			return fmt.Errorf("activation arena for %d tokens: %w", n, err)
		}
		tokens, err := allocRegion(4 * int64(n))
		if err != nil {
			arena.free()
			return fmt.Errorf("token buffer for %d tokens: %w", n, err)
		}
		s.arena.free()
		s.tokens.free()
		s.arena, s.tokens, s.arenaT = arena, tokens, n
	}
	return nil
}

// resolve writes every launch's buffer pointers and integer arguments for a step of T tokens
// (R logit rows) at the current position, and evaluates its split.
func (s *Session) resolve(T, R int64) error {
	m := s.art.Manifest
	P, C := int64(s.pos), int64(s.art.capacity)
	arena := s.arena.addr()
	for i, l := range m.Program {
		c := &s.calls[i]
		bufs := c.bufs
		for j, ref := range l.Bufs {
			switch ref.Kind {
			case artifact.RefArena:
				bufs[j] = arena + uintptr(ref.Offset*T)
			case artifact.RefRows:
				bufs[j] = s.rows.addr() + uintptr(ref.Offset*R)
			case artifact.RefWeight:
				bufs[j] = s.md.ptrs[ref.Index]
			case artifact.RefK:
				bufs[j] = s.kv[2*ref.Index].addr()
			case artifact.RefV:
				bufs[j] = s.kv[2*ref.Index+1].addr()
			case artifact.RefTokens:
				bufs[j] = s.tokens.addr()
			}
			if bufs[j] == 0 {
				return fmt.Errorf("program[%d] (%s): buffer %d (%s %d) has no memory", i, l.Note, j, ref.Kind, ref.Index)
			}
		}
		for j, e := range l.Ints {
			c.ints[j] = e.Eval(T, R, P, C)
		}
		c.split = l.Split.Eval(T, R, P, C)
		if c.split < 0 {
			return fmt.Errorf("program[%d] (%s): split extent %d is negative at T=%d R=%d P=%d", i, l.Note, c.split, T, R, P)
		}
	}
	return nil
}

// run executes one launch: on the calling thread when its split has at most one grain, else on
// as many pool threads as there are grains (at most all of them).
func (s *Session) run(c *launchTask) {
	chunks := (c.split + c.grain - 1) / c.grain
	switch {
	case chunks == 0:
	case chunks == 1:
		callKernel(c.fn, c.bufsAddr, c.intsAddr, 0, c.split)
	default:
		s.art.pool.Run(c, int(min(chunks, int64(s.art.pool.Threads()))))
	}
}

// Run calls the kernel on worker's share of [0, split): the grains are dealt out in contiguous,
// nearly equal runs.
func (c *launchTask) Run(worker, workers int) {
	if lo, hi := share(c.split, c.grain, worker, workers); lo < hi {
		callKernel(c.fn, c.bufsAddr, c.intsAddr, lo, hi)
	}
}

// share returns worker's part [lo, hi) of [0, split): the ceil(split/grain) grains are dealt
// out in contiguous runs whose lengths differ by at most one grain; only the last grain may be
// short.
func share(split, grain int64, worker, workers int) (lo, hi int64) {
	chunks := (split + grain - 1) / grain
	lo = chunks * int64(worker) / int64(workers) * grain
	hi = min(chunks*int64(worker+1)/int64(workers)*grain, split)
	return lo, hi
}

// programTask runs a whole step in the kernel library's step loop (mtc_run_program): every
// pool thread makes one foreign call per step, and the threads meet at spinning barriers in
// native code between launches, instead of one Pool.Run and one foreign call per thread per
// launch. The launch records live outside the Go heap; only their split extents change between
// steps.
type programTask struct {
	fn    uintptr
	n     int64
	table *region // n records of fn, bufs, ints, split, grain (int64 each)
	sync  *region // the barrier state, zero at first
}

// programRecordWords and programSyncBytes match codegen/llvm's ProgramRecordWords and
// ProgramSyncBytes.
const (
	programRecordWords = 5
	programSyncBytes   = 128
)

func newProgramTask(fn uintptr, calls []launchTask) (*programTask, error) {
	t := &programTask{fn: fn, n: int64(len(calls))}
	var err error
	if t.table, err = allocRegion(8 * programRecordWords * max(t.n, 1)); err != nil {
		return nil, err
	}
	if t.sync, err = allocRegion(programSyncBytes); err != nil {
		t.table.free()
		return nil, err
	}
	rec := unsafe.Slice((*int64)(unsafe.Pointer(&t.table.data[0])), programRecordWords*len(calls))
	for i, c := range calls {
		r := rec[programRecordWords*i:]
		r[0], r[1], r[2], r[4] = int64(c.fn), int64(c.bufsAddr), int64(c.intsAddr), c.grain
	}
	return t, nil
}

// run writes the step's split extents into the records and runs the step on the pool.
func (t *programTask) run(p *Pool, calls []launchTask) {
	rec := unsafe.Slice((*int64)(unsafe.Pointer(&t.table.data[0])), programRecordWords*len(calls))
	for i, c := range calls {
		rec[programRecordWords*i+3] = c.split
	}
	p.Run(t, p.Threads())
}

// Run is one thread's part of the step.
func (t *programTask) Run(worker, workers int) {
	callProgram(t.fn, t.table.addr(), t.n, worker, workers, t.sync.addr())
}

func (t *programTask) free() error { return errors.Join(t.table.free(), t.sync.free()) }

package cuda

import (
	"errors"
	"fmt"
	goruntime "runtime"
	"time"
	"unsafe"
)

// Session is one conversation with a Model: the KV cache and the activation arena in device
// memory, and the current position. Step runs the launch program for T new tokens (prefill) or
// one (decode) and copies back only the logits of the last R rows; StepArgmax copies back only
// their argmax tokens. A Session is not safe for concurrent use.
type Session struct {
	md  *Model
	pos int

	kv       []uint64 // kv[2s], kv[2s+1]: keys and values of slot s, f32 [capacity, width]
	arena    uint64   // ArenaBytesPerToken · arenaT bytes
	arenaT   int
	rows     uint64 // the row arena: ArenaBytesPerRow · rowsR bytes
	rowsR    int
	result   uint64 // the device address of the last step's logits
	tokens   uint64 // i32 [arenaT]
	argOut   uint64 // i32 [arenaT]: argmax results
	table    uint64 // the argument table, plan.words words
	host     []uint64
	events   [2]uintptr // start and end of the last step, when timing works
	stepTime time.Duration
	err      error
}

// NewSession makes an empty session (position 0): its KV cache (capacity positions for every
// slot, zeroed) and argument table are allocated now; the arena grows with the largest step.
// The model must be bound to weights first.
func (md *Model) NewSession() (*Session, error) {
	s := &Session{md: md, host: make([]uint64, md.plan.words)}
	err := md.do(func(a *api) error {
		if md.weights == nil {
			return errors.New("cuda: the model has no weights: call Bind or BindRandom first")
		}
		var err error
		if s.table, err = alloc(a, int64(8*md.plan.words), "argument table"); err != nil {
			return err
		}
		for i, sl := range md.Manifest.Slots {
			for _, kind := range []string{"keys", "values"} {
				n := 4 * int64(md.capacity) * int64(sl.Width)
				p, err := alloc(a, n, fmt.Sprintf("KV cache slot %d %s", i, kind))
				if err != nil {
					return err
				}
				s.kv = append(s.kv, p)
				if err := a.check(a.cuMemsetD8(p, 0, uint64(n)), "cuMemsetD8", "KV cache"); err != nil {
					return err
				}
			}
		}
		for i := range s.events {
			if a.cuEventCreate(&s.events[i], 0) != 0 {
				s.events = [2]uintptr{}
				break
			}
		}
		return nil
	})
	if err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Pos returns the position the next step starts at: the number of tokens in the KV cache.
func (s *Session) Pos() int { return s.pos }

// Capacity returns the number of positions the KV cache holds.
func (s *Session) Capacity() int { return s.md.capacity }

// Reset empties the KV cache.
func (s *Session) Reset() { s.pos = 0 }

// Rewind drops the cached positions from p on, so that the next step starts at p.
func (s *Session) Rewind(p int) { s.pos = min(s.pos, max(p, 0)) }

// StepTime is the GPU time of the last step's launches (0 when the driver's events are
// unavailable).
func (s *Session) StepTime() time.Duration { return s.stepTime }

// Step runs the model on tokens (T = len(tokens)) at positions Pos()..Pos()+T-1, appends them to
// the KV cache and returns the logits of the last r rows: r·vocab float32s, row-major.
func (s *Session) Step(tokens []int32, r int) ([]float32, error) {
	vocab := s.md.Manifest.Model.VocabSize
	out := make([]float32, r*vocab)
	err := s.step(tokens, r, func(a *api, T int) error {
		if len(out) == 0 {
			return nil
		}
		res := a.cuMemcpyDtoH(unsafe.Pointer(&out[0]), s.result, uint64(4*len(out)))
		goruntime.KeepAlive(out)
		return a.check(res, "cuMemcpyDtoH", "logits")
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// StepArgmax is Step returning, instead of the logits, the index of the largest logit of each
// of the last r rows (ties to the lowest index), computed on the GPU so that only r token ids
// are copied back. It needs the artifact's argmax kernel.
func (s *Session) StepArgmax(tokens []int32, r int) ([]int32, error) {
	pl := s.md.plan
	if pl.argmax < 0 {
		return nil, fmt.Errorf("%s: the kernel table has no %s kernel (recompile the artifact)", s.md.Dir, ArgmaxOp)
	}
	out := make([]int32, r)
	err := s.step(tokens, r, func(a *api, T int) error {
		k := s.md.Manifest.Kernels[pl.argmax]
		if res := s.launch(a, s.md.fns[pl.argmax], k.Block, k.SharedBytes, pl.argmaxOff, 2, int64(r), 1); res != 0 {
			return a.check(res, "cuLaunchKernel", k.Name)
		}
		res := a.cuMemcpyDtoH(unsafe.Pointer(&out[0]), s.argOut, uint64(4*r))
		goruntime.KeepAlive(out)
		return a.check(res, "cuMemcpyDtoH", "argmax tokens")
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// step validates a step, runs the program and then finish, with the context current.
func (s *Session) step(tokens []int32, r int, finish func(a *api, T int) error) error {
	if s.err != nil {
		return s.err
	}
	md := s.md
	T := len(tokens)
	vocab := md.Manifest.Model.VocabSize
	switch {
	case T == 0:
		return errors.New("step: no tokens")
	case r < 1 || r > T:
		return fmt.Errorf("step: %d logit rows requested for %d tokens (want 1..%d)", r, T, T)
	case s.pos+T > md.capacity:
		return fmt.Errorf("context overflow: %d tokens at position %d exceed the KV-cache capacity of %d positions (start a new session, rewind, or raise the capacity)", T, s.pos, md.capacity)
	}
	for i, t := range tokens {
		if t < 0 || int(t) >= vocab {
			return fmt.Errorf("step: token %d (index %d of %d) is out of range: the vocabulary has ids 0..%d", t, i, T, vocab-1)
		}
	}
	err := md.do(func(a *api) error {
		if err := s.reserve(a, T, r); err != nil {
			return err
		}
		if err := upload(a, s.tokens, unsafe.Slice((*byte)(unsafe.Pointer(&tokens[0])), 4*T), "tokens"); err != nil {
			return err
		}
		ad := &addresses{arena: s.arena, rows: s.rows, tokens: s.tokens, weights: md.weights, kv: s.kv}
		splits, err := md.plan.fill(s.host, ad, int64(T), int64(r), int64(s.pos), int64(md.capacity))
		if err != nil {
			return err
		}
		s.host[md.plan.argmaxOff] = s.argOut
		s.result = ad.resolve(md.Manifest.Result, int64(T), int64(r))
		s.host[md.plan.argmaxOff+1] = s.result
		table := unsafe.Slice((*byte)(unsafe.Pointer(&s.host[0])), 8*len(s.host))
		if err := upload(a, s.table, table, "argument table"); err != nil {
			return err
		}
		timed := s.events[0] != 0
		if timed {
			timed = a.cuEventRecord(s.events[0], 0) == 0
		}
		for i, l := range md.plan.launches {
			if splits[i] == 0 {
				continue
			}
			if r := s.launch(a, md.fns[l.Kernel], l.block, l.shared, l.off, len(l.Bufs), splits[i], l.Grain); r != 0 {
				what := fmt.Sprintf("program[%d] %s (%s), %d blocks", i, md.Manifest.Kernels[l.Kernel].Name, l.Note, blocks(splits[i], l.Grain))
				return a.check(r, "cuLaunchKernel", what)
			}
		}
		if timed {
			timed = a.cuEventRecord(s.events[1], 0) == 0
		}
		if err := finish(a, T); err != nil {
			return err
		}
		s.stepTime = 0
		var ms float32
		if timed && a.cuEventSynchronize(s.events[1]) == 0 && a.cuEventElapsedTime(&ms, s.events[0], s.events[1]) == 0 {
			s.stepTime = time.Duration(float64(ms) * float64(time.Millisecond))
		}
		return nil
	})
	if err != nil {
		return err
	}
	s.pos += T
	return nil
}

// launch runs one kernel over [0, split) with ⌈split/grain⌉ blocks; its bufs start at word off
// of the argument table and its ints follow the nb buffers. It returns the driver's result (the
// caller describes a failure; formatting it for every launch would cost more than the launch).
func (s *Session) launch(a *api, fn uintptr, block [3]int, shared, off, nb int, split, grain int64) result {
	w := s.md.params.words()
	// Words 4..7 hold the four argument values, words 0..3 point to them.
	base := uint64(uintptr(unsafe.Pointer(&w[4])))
	for i := range 4 {
		w[i] = base + 8*uint64(i)
	}
	w[4] = s.table + 8*uint64(off)
	w[5] = s.table + 8*uint64(off+nb)
	w[6] = 0
	w[7] = uint64(split)
	g := blocks(split, grain)
	return a.cuLaunchKernel(fn, uint32(g), 1, 1, uint32(block[0]), uint32(max(block[1], 1)), uint32(max(block[2], 1)),
		uint32(shared), 0, unsafe.Pointer(&w[0]), nil)
}

// reserve grows the arena, the token buffer and the argmax output to hold a step of T tokens,
// and the row arena to hold R logit rows (each to at least twice its size, at most the capacity).
func (s *Session) reserve(a *api, T, R int) error {
	if R > s.rowsR && s.md.Manifest.ArenaBytesPerRow > 0 {
		n := max(R, min(2*s.rowsR, s.md.capacity))
		s.freeRows(a)
		var err error
		if s.rows, err = alloc(a, s.md.Manifest.ArenaBytesPerRow*int64(n), fmt.Sprintf("row arena for %d logit rows", n)); err != nil {
			return err
		}
		s.rowsR = n
	}
	if T <= s.arenaT {
		return nil
	}
	n := max(T, min(2*s.arenaT, s.md.capacity))
	s.freeArena(a)
	var err error
	if s.arena, err = alloc(a, s.md.Manifest.ArenaBytesPerToken*int64(n), fmt.Sprintf("activation arena for %d tokens", n)); err != nil {
		return err
	}
	if s.tokens, err = alloc(a, 4*int64(n), "token buffer"); err != nil {
		return err
	}
	if s.argOut, err = alloc(a, 4*int64(n), "argmax buffer"); err != nil {
		return err
	}
	s.arenaT = n
	return nil
}

func (s *Session) freeRows(a *api) {
	if s.rows != 0 {
		a.cuMemFree(s.rows)
		s.rows = 0
	}
	s.rowsR = 0
}

func (s *Session) freeArena(a *api) {
	for _, p := range []*uint64{&s.arena, &s.tokens, &s.argOut} {
		if *p != 0 {
			a.cuMemFree(*p)
			*p = 0
		}
	}
	s.arenaT = 0
}

// Close frees the session's device memory. The session must not be used afterwards.
func (s *Session) Close() error {
	if s.err != nil && s.kv == nil && s.table == 0 {
		return nil
	}
	s.err = errors.New("cuda: session is closed")
	if s.md.closed {
		return nil
	}
	return s.md.do(func(a *api) error {
		s.freeArena(a)
		s.freeRows(a)
		for _, p := range s.kv {
			a.cuMemFree(p)
		}
		s.kv = nil
		if s.table != 0 {
			a.cuMemFree(s.table)
			s.table = 0
		}
		for _, e := range s.events {
			if e != 0 {
				a.cuEventDestroy(e)
			}
		}
		s.events = [2]uintptr{}
		return nil
	})
}

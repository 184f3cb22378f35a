package runtime_test

import (
	"fmt"
	goruntime "runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/codegen/llvm"
	"github.com/mtc-dev/mtc/runtime"
)

// TestStepMatchesReference runs prefill, decode, rewind and reset on the compiled toy model with
// 1 to 4 threads, compares every step with the Go reference, and requires bit-identical logits
// for every thread count (each output element is computed by exactly one thread).
func TestStepMatchesReference(t *testing.T) {
	type step struct {
		tokens []int32
		r      int
		rewind int // before the step: -1 none, -2 reset, else Rewind(p)
	}
	script := []step{
		{tokens: []int32{1, 4, 7, 3, 9}, r: 5, rewind: -1}, // prefill, every row
		{tokens: []int32{0}, r: 1, rewind: -1},             // decode
		{tokens: []int32{5}, r: 1, rewind: -1},
		{tokens: []int32{8, 2}, r: 1, rewind: -1},
		{tokens: []int32{6}, r: 1, rewind: 3}, // drop positions 3.. and continue from 3
		{tokens: []int32{2, 2, 2}, r: 2, rewind: -2},
	}
	w := newTinyWeights(1)
	var first [][]float32
	for _, perLaunch := range []bool{false, true} {
		for threads := 1; threads <= 4; threads++ {
			t.Run(fmt.Sprintf("threads=%d/launch-by-launch=%v", threads, perLaunch), func(t *testing.T) {
				a, md := loadTiny(t, runtime.Config{Threads: threads, Capacity: 32}, w)
				if got := a.Threads(); got != threads {
					t.Fatalf("Threads() = %d, want %d", got, threads)
				}
				if perLaunch {
					runtime.LaunchByLaunch(a)
				}
				s := md.NewSession()
				defer s.Close()
				// The step loop spins at its barriers, so it runs only when every thread has a core.
				if want := !perLaunch && threads <= goruntime.GOMAXPROCS(0); runtime.UsesStepLoop(s) != want {
					t.Errorf("step loop used: %v, want %v (GOMAXPROCS %d)", runtime.UsesStepLoop(s), want, goruntime.GOMAXPROCS(0))
				}
				ref := newTinyRef(w, 32)
				var all [][]float32
				for i, st := range script {
					switch st.rewind {
					case -1:
					case -2:
						s.Reset()
						ref.cache = nil
					default:
						s.Rewind(st.rewind)
						ref.cache = ref.cache[:st.rewind]
					}
					if s.Pos() != len(ref.cache) {
						t.Fatalf("step %d: Pos() = %d before the step, want %d", i, s.Pos(), len(ref.cache))
					}
					got, err := s.Step(st.tokens, st.r)
					if err != nil {
						t.Fatalf("step %d: %v", i, err)
					}
					want := ref.step(st.tokens, st.r)
					if len(got) != len(want) {
						t.Fatalf("step %d: %d logits, want %d", i, len(got), len(want))
					}
					if d := maxRelDiff(got, want); d > 1e-5 {
						t.Errorf("step %d (%v, r=%d): max relative difference %.3g from the reference\ngot  %v\nwant %v", i, st.tokens, st.r, d, got, want)
					}
					if s.Pos() != len(ref.cache) {
						t.Errorf("step %d: Pos() = %d after the step, want %d", i, s.Pos(), len(ref.cache))
					}
					all = append(all, got)
				}
				if first == nil {
					first = all
				} else if diff := cmp.Diff(first, all); diff != "" {
					t.Errorf("logits differ from the first run (1 thread, step loop) (-first +this):\n%s", diff)
				}
			})
		}
	}
}

// TestStepLoopABI checks that the runtime and the code generator agree on the step loop's
// symbol, launch records and barrier state.
func TestStepLoopABI(t *testing.T) {
	if runtime.SymRunProgram != llvm.SymRunProgram || runtime.ProgramRecordWords != llvm.ProgramRecordWords || runtime.ProgramSyncBytes != llvm.ProgramSyncBytes {
		t.Errorf("runtime: %s, %d words, %d bytes; codegen/llvm: %s, %d words, %d bytes",
			runtime.SymRunProgram, runtime.ProgramRecordWords, runtime.ProgramSyncBytes, llvm.SymRunProgram, llvm.ProgramRecordWords, llvm.ProgramSyncBytes)
	}
}

// TestSessionsAreIndependent interleaves two sessions of one model.
func TestSessionsAreIndependent(t *testing.T) {
	w := newTinyWeights(2)
	_, md := loadTiny(t, runtime.Config{Threads: 2, Capacity: 16}, w)
	s1, s2 := md.NewSession(), md.NewSession()
	defer s1.Close()
	defer s2.Close()
	r1, r2 := newTinyRef(w, 16), newTinyRef(w, 16)
	for i, toks := range [][]int32{{1, 2, 3}, {4}, {5}, {6, 7}} {
		other := []int32{9 - toks[0]}
		got1, err := s1.Step(toks, 1)
		if err != nil {
			t.Fatal(err)
		}
		got2, err := s2.Step(other, 1)
		if err != nil {
			t.Fatal(err)
		}
		if d := maxRelDiff(got1, r1.step(toks, 1)); d > 1e-5 {
			t.Errorf("step %d: session 1 off by %.3g", i, d)
		}
		if d := maxRelDiff(got2, r2.step(other, 1)); d > 1e-5 {
			t.Errorf("step %d: session 2 off by %.3g", i, d)
		}
	}
}

// TestStepErrors checks that bad steps fail clearly and leave the session usable.
func TestStepErrors(t *testing.T) {
	_, md := loadTiny(t, runtime.Config{Threads: 2, Capacity: 8}, newTinyWeights(3))
	s := md.NewSession()
	defer s.Close()
	if _, err := s.Step([]int32{1, 2, 3, 4, 5, 6}, 1); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		tokens []int32
		r      int
		want   []string
	}{
		{"token id = vocab", []int32{3, 10}, 1, []string{"token 10 (index 1 of 2) is out of range", "ids 0..9"}},
		{"negative token id", []int32{-1}, 1, []string{"token -1 (index 0 of 1) is out of range"}},
		{"context overflow", []int32{1, 2, 3}, 1, []string{"context overflow", "3 tokens at position 6", "capacity of 8 positions"}},
		{"no tokens", nil, 1, []string{"no tokens"}},
		{"r = 0", []int32{1}, 0, []string{"0 logit rows requested for 1 tokens"}},
		{"r > T", []int32{1}, 2, []string{"2 logit rows requested for 1 tokens"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Step(tt.tokens, tt.r)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			if s.Pos() != 6 {
				t.Errorf("Pos() = %d after a failed step, want 6", s.Pos())
			}
		})
	}
	// The session still works, up to the last position.
	if _, err := s.Step([]int32{1, 2}, 2); err != nil {
		t.Fatalf("step filling the cache: %v", err)
	}
	if _, err := s.Step([]int32{1}, 1); err == nil || !strings.Contains(err.Error(), "context overflow") {
		t.Fatalf("step past a full cache: err = %v, want a context overflow", err)
	}
}

// TestArenaGrowth runs steps of growing and shrinking sizes, and of as many logit rows as
// tokens or one, on one session, so that both arenas are reallocated between steps; also with
// the layout of a format-1 artifact (the logits in the activation arena).
func TestArenaGrowth(t *testing.T) {
	for _, v1 := range []bool{false, true} {
		t.Run(fmt.Sprintf("format-1=%v", v1), func(t *testing.T) {
			w := newTinyWeights(4)
			m := tinyManifest()
			if v1 {
				formatV1(m)
			}
			_, md := loadTinyManifest(t, m, runtime.Config{Threads: 2, Capacity: 64}, w)
			s := md.NewSession()
			defer s.Close()
			ref := newTinyRef(w, 64)
			for _, st := range []struct{ n, r int }{{1, 1}, {2, 2}, {5, 1}, {1, 1}, {17, 17}, {3, 2}, {30, 1}, {4, 4}} {
				toks := make([]int32, st.n)
				for i := range toks {
					toks[i] = int32((i*7 + st.n) % tinyVocab)
				}
				got, err := s.Step(toks, st.r)
				if err != nil {
					t.Fatal(err)
				}
				if d := maxRelDiff(got, ref.step(toks, st.r)); d > 1e-5 {
					t.Errorf("step of %d tokens, %d logit rows: off by %.3g", st.n, st.r, d)
				}
			}
		})
	}
}

// TestBindRandom binds random weights: deterministic for a seed, different across seeds, and
// the dtype must be the artifact's.
func TestBindRandom(t *testing.T) {
	a, _ := loadTiny(t, runtime.Config{Threads: 2, Capacity: 16}, newTinyWeights(5))
	run := func(seed uint64) []float32 {
		md, err := a.BindRandom(seed, "f32")
		if err != nil {
			t.Fatal(err)
		}
		defer md.Close()
		s := md.NewSession()
		defer s.Close()
		got, err := s.Step([]int32{1, 2, 3}, 3)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	a1, a2, b := run(7), run(7), run(8)
	if diff := cmp.Diff(a1, a2); diff != "" {
		t.Errorf("same seed, different logits:\n%s", diff)
	}
	if slices.Equal(a1, b) {
		t.Error("seeds 7 and 8 give the same logits")
	}
	nonzero := 0
	for _, v := range a1 {
		if v != v || v > 1e3 || v < -1e3 {
			t.Fatalf("logit %v is not a plausible value", v)
		}
		if v != 0 {
			nonzero++
		}
	}
	if nonzero == 0 {
		t.Error("random weights give all-zero logits")
	}
	if _, err := a.BindRandom(1, "bf16"); err == nil || !strings.Contains(err.Error(), "is f32 in the artifact, not bf16") {
		t.Errorf("BindRandom(bf16) on an f32 artifact: err = %v", err)
	}
	if _, err := a.BindRandom(1, "f8"); err == nil || !strings.Contains(err.Error(), `unknown dtype "f8"`) {
		t.Errorf("BindRandom(f8): err = %v", err)
	}
}

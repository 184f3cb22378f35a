package cuda

import (
	"fmt"
	"math"
	"strings"

	"github.com/mtc-dev/mtc/artifact"
)

// plan is the launch program of an artifact laid out for the device: where each launch's
// arguments sit in the argument table (one uint64 word per buffer address and per integer),
// and which weights the program reads.
type plan struct {
	launches []planLaunch
	// words is the size of the argument table: every launch's bufs then ints, then the argmax
	// launch's two buffers.
	words int
	// argmax is the index of the argmax kernel, or -1 when the kernel table has none.
	argmax    int
	argmaxOff int
	// read[i] says whether the program reads Manifest.Weights[i] directly.
	read []bool
}

// planLaunch is one launch with its place in the argument table.
type planLaunch struct {
	artifact.Launch
	block  [3]int
	shared int
	off    int // word offset of the buffers; the integers follow them
}

// maxBlockThreads is the most threads a CUDA block may have.
const maxBlockThreads = 1024

// newPlan checks the parts of a CUDA manifest the runtime relies on and lays out the table.
func newPlan(mpath string, m *artifact.Manifest, capacity int) (*plan, error) {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	p := &plan{argmax: -1, read: make([]bool, len(m.Weights))}
	for i, k := range m.Kernels {
		threads := k.Block[0] * max(k.Block[1], 1) * max(k.Block[2], 1)
		if k.Block[0] <= 0 || k.Block[1] < 0 || k.Block[2] < 0 || threads > maxBlockThreads {
			bad("kernels[%d] (%s): block %v is not a valid CUDA block (1..%d threads)", i, k.Name, k.Block, maxBlockThreads)
		}
		if k.SharedBytes < 0 {
			bad("kernels[%d] (%s): negative shared memory %d", i, k.Name, k.SharedBytes)
		}
		if k.Op == ArgmaxOp {
			p.argmax = i
		}
	}
	for i, w := range m.Weights {
		switch w.Transform {
		case artifact.TransformLoad, artifact.TransformAdd1, artifact.TransformConcat, artifact.TransformRoPETable:
		default:
			bad("weights[%d] (%s): unknown transform %q", i, w.Name, w.Transform)
		}
		if n := numel(weightShape(w, capacity)); n < 0 {
			bad("weights[%d] (%s): shape %v overflows", i, w.Name, w.Shape)
		}
	}
	for i, l := range m.Program {
		if l.Kernel < 0 || l.Kernel >= len(m.Kernels) {
			continue // Validate has reported it
		}
		k := m.Kernels[l.Kernel]
		if k.Op == ArgmaxOp {
			bad("program[%d] (%s): the argmax kernel is not part of the program", i, l.Note)
		}
		for _, r := range l.Bufs {
			if r.Kind == artifact.RefWeight && r.Index >= 0 && r.Index < len(p.read) {
				p.read[r.Index] = true
			}
		}
		p.launches = append(p.launches, planLaunch{Launch: l, block: k.Block, shared: k.SharedBytes, off: p.words})
		p.words += len(l.Bufs) + len(l.Ints)
	}
	p.argmaxOff = p.words
	p.words += 2
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s: invalid CUDA artifact: %s", mpath, strings.Join(errs, "; "))
	}
	return p, nil
}

// blocks is the grid size of a launch: ⌈split/grain⌉ blocks (a grain below 1 counts as 1).
func blocks(split, grain int64) int64 {
	grain = max(grain, 1)
	return (split + grain - 1) / grain
}

// maxGrid is the most blocks a grid's x dimension may have.
const maxGrid = math.MaxInt32

// addresses resolves buffer references to device addresses for one step.
type addresses struct {
	arena, rows, tokens uint64
	weights             []uint64
	kv                  []uint64 // kv[2s], kv[2s+1]: keys and values of slot s
}

func (ad *addresses) resolve(r artifact.Ref, T, R int64) uint64 {
	switch r.Kind {
	case artifact.RefArena:
		return ad.arena + uint64(r.Offset*T)
	case artifact.RefRows:
		if ad.rows != 0 {
			return ad.rows + uint64(r.Offset*R)
		}
	case artifact.RefWeight:
		if r.Index >= 0 && r.Index < len(ad.weights) {
			return ad.weights[r.Index]
		}
	case artifact.RefK, artifact.RefV:
		i := 2 * r.Index
		if r.Kind == artifact.RefV {
			i++
		}
		if r.Index >= 0 && i < len(ad.kv) {
			return ad.kv[i]
		}
	case artifact.RefTokens:
		return ad.tokens
	}
	return 0
}

// fill writes every launch's buffer addresses and integer arguments for a step of T tokens (R
// logit rows) at position P into table, and returns each launch's split extent.
func (p *plan) fill(table []uint64, ad *addresses, T, R, P, C int64) ([]int64, error) {
	splits := make([]int64, len(p.launches))
	for i, l := range p.launches {
		w := table[l.off:]
		for j, r := range l.Bufs {
			w[j] = ad.resolve(r, T, R)
			if w[j] == 0 {
				return nil, fmt.Errorf("program[%d] (%s): buffer %d (%s %d) has no device memory", i, l.Note, j, r.Kind, r.Index)
			}
		}
		for j, e := range l.Ints {
			w[len(l.Bufs)+j] = uint64(e.Eval(T, R, P, C))
		}
		splits[i] = l.Split.Eval(T, R, P, C)
		if splits[i] < 0 || blocks(splits[i], l.Grain) > maxGrid {
			return nil, fmt.Errorf("program[%d] (%s): split extent %d is out of range at T=%d R=%d P=%d", i, l.Note, splits[i], T, R, P)
		}
	}
	return splits, nil
}

// weightShape returns w's shape with the capacity dimension bound.
func weightShape(w artifact.Weight, capacity int) []int64 {
	s := make([]int64, len(w.Shape))
	for i, d := range w.Shape {
		if d == artifact.ShapeCapacity {
			d = int64(capacity)
		}
		s[i] = d
	}
	return s
}

// numel returns the number of elements of shape, or -1 when it overflows.
func numel(shape []int64) int64 {
	n := int64(1)
	for _, d := range shape {
		if d < 0 || d != 0 && n > math.MaxInt64/d {
			return -1
		}
		n *= d
	}
	return n
}

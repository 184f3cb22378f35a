package ptx

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/ir/interp"
)

// emuModel runs a generated program on the emulator the way runtime/cuda runs it on a GPU:
// weights in global memory (checkpoint bytes as stored, derived weights built on the host), a
// KV cache, one argument table per launch, ⌈split/Grain⌉ blocks per launch.
type emuModel struct {
	e        *emu
	out      *Output
	capacity int
	weights  []uint64
	kv       []uint64
	pos      int
}

// emuLoad builds an emuModel for out, whose kernels are in mod.
func emuLoad(out *Output, mod *module, tensors map[string][]byte, capacity int) (*emuModel, error) {
	e, err := newEmu(mod.m)
	if err != nil {
		return nil, err
	}
	em := &emuModel{e: e, out: out, capacity: capacity}
	host := map[string][]byte{}
	for _, w := range out.Weights {
		var b []byte
		switch w.Transform {
		case artifact.TransformLoad:
			var ok bool
			if b, ok = tensors[w.Name]; !ok {
				return nil, fmt.Errorf("no tensor %s", w.Name)
			}
		case artifact.TransformAdd1:
			f := widen(host[w.Args[0]], dtypeOf(out, w.Args[0]))
			for i := range f {
				f[i]++
			}
			b = f32le(f)
		case artifact.TransformConcat:
			for _, a := range w.Args {
				b = append(b, host[a]...)
			}
		case artifact.TransformRoPETable:
			b = f32le(interp.RoPETable(capacity, int(w.Attrs["rot"]), w.Attrs["theta"], w.Attrs["scale"]))
		}
		host[w.Name] = b
		p := e.alloc(len(b))
		copy(e.bytes(p), b)
		em.weights = append(em.weights, p)
	}
	for _, s := range out.Slots {
		em.kv = append(em.kv, e.alloc(4*capacity*s.Width), e.alloc(4*capacity*s.Width))
	}
	return em, nil
}

func dtypeOf(out *Output, name string) string {
	for _, w := range out.Weights {
		if w.Name == name {
			return w.DType
		}
	}
	return ""
}

// widen converts stored values to f32.
func widen(b []byte, dt string) []float32 {
	switch dt {
	case "f32":
		f := make([]float32, len(b)/4)
		for i := range f {
			f[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
		}
		return f
	case "bf16":
		f := make([]float32, len(b)/2)
		for i := range f {
			f[i] = math.Float32frombits(uint32(binary.LittleEndian.Uint16(b[2*i:])) << 16)
		}
		return f
	case "f16":
		f := make([]float32, len(b)/2)
		for i := range f {
			f[i] = halfToF32(binary.LittleEndian.Uint16(b[2*i:]))
		}
		return f
	}
	panic("widen " + dt)
}

func f32le(f []float32) []byte {
	b := make([]byte, 4*len(f))
	for i, x := range f {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return b
}

// step runs tokens at the current position and returns the last r rows of the result and
// their argmax computed by the argmax kernel.
func (em *emuModel) step(tokens []int32, r int) ([]float32, []int32, error) {
	T := int64(len(tokens))
	e, out := em.e, em.out
	arena := e.alloc(int(out.Arenas.PerToken * T))
	rows := e.alloc(int(out.Arenas.PerRow * int64(r)))
	tok := e.alloc(4 * len(tokens))
	for i, id := range tokens {
		binary.LittleEndian.PutUint32(e.bytes(tok)[4*i:], uint32(id))
	}
	P, R, C := int64(em.pos), int64(r), int64(em.capacity)
	resolve := func(ref artifact.Ref) uint64 {
		switch ref.Kind {
		case artifact.RefArena:
			return arena + uint64(ref.Offset*T)
		case artifact.RefRows:
			return rows + uint64(ref.Offset*R)
		case artifact.RefWeight:
			return em.weights[ref.Index]
		case artifact.RefK:
			return em.kv[2*ref.Index]
		case artifact.RefV:
			return em.kv[2*ref.Index+1]
		case artifact.RefTokens:
			return tok
		}
		panic(ref.Kind)
	}
	run := func(k artifact.Kernel, bufs []uint64, ints []int64, split, grain int64, what string) error {
		bp, ip := e.alloc(8*len(bufs)), e.alloc(8*max(len(ints), 1))
		for i, b := range bufs {
			binary.LittleEndian.PutUint64(e.bytes(bp)[8*i:], b)
		}
		for i, x := range ints {
			binary.LittleEndian.PutUint64(e.bytes(ip)[8*i:], uint64(x))
		}
		grid := (split + max(grain, 1) - 1) / max(grain, 1)
		if err := e.launch(k.Symbol, int(grid), k.Block[0], k.SharedBytes, []uint64{bp, ip, 0, uint64(split)}); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	}
	for i, l := range out.Program {
		var bufs []uint64
		for _, ref := range l.Bufs {
			bufs = append(bufs, resolve(ref))
		}
		var ints []int64
		for _, x := range l.Ints {
			ints = append(ints, x.Eval(T, R, P, C))
		}
		if err := run(out.Kernels[l.Kernel], bufs, ints, l.Split.Eval(T, R, P, C), l.Grain, fmt.Sprintf("program[%d] %s", i, l.Note)); err != nil {
			return nil, nil, err
		}
	}
	res := resolve(out.Result)
	ids := e.alloc(4 * r)
	if err := run(out.Kernels[out.Argmax], []uint64{ids, res}, nil, R, 1, "argmax"); err != nil {
		return nil, nil, err
	}
	em.pos += len(tokens)
	cols := em.resultCols()
	logits := widen(e.bytes(res)[:4*r*cols], "f32")
	argmax := make([]int32, r)
	for i := range argmax {
		argmax[i] = int32(binary.LittleEndian.Uint32(e.bytes(ids)[4*i:]))
	}
	return logits, argmax, nil
}

// resultCols is the column count of the result (the argmax kernel's n).
func (em *emuModel) resultCols() int {
	var n int
	fmt.Sscanf(em.out.Kernels[em.out.Argmax].Name, "argmax_n%d", &n)
	return n
}

package llvm

import (
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"syscall"
	"testing"
	"unsafe"

	"github.com/ebitengine/purego"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/ir/interp"
)

// This file is a small stand-in for the runtime: it resolves a program's buffer references,
// evaluates its integer expressions and calls the kernels over splits of each launch's extent,
// so tests check the whole contract of Generate (kernels, program and manifest parts).

// guarded returns size bytes of fresh memory outside the Go heap that end right before an
// inaccessible page, so a kernel reading or writing past the end faults.
func guarded(t testing.TB, size int) []byte {
	t.Helper()
	pg := os.Getpagesize()
	n := (size+pg-1)/pg*pg + pg
	mem, err := syscall.Mmap(-1, 0, n, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mprotect(mem[n-pg:], syscall.PROT_NONE); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Munmap(mem) })
	return mem[n-pg-size : n-pg : n-pg]
}

func addr(b []byte) uintptr {
	if cap(b) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(unsafe.SliceData(b[:1:1])))
}

// f32s views b as float32 values.
func f32s(b []byte) []float32 {
	if len(b) == 0 {
		return nil
	}
	return unsafe.Slice((*float32)(unsafe.Pointer(&b[0])), len(b)/4)
}

// tensor is a checkpoint tensor: its stored bytes and their exact f32 values.
type tensor struct {
	dtype string
	shape []int64
	raw   []byte
	f32   []float32
}

// checkpoint serves tensors to the interpreter.
type checkpoint map[string]*tensor

func (c checkpoint) Tensor(name string) ([]float32, []int64, error) {
	t, ok := c[name]
	if !ok {
		return nil, nil, fmt.Errorf("no tensor %s", name)
	}
	return t.f32, t.shape, nil
}

// runner executes an Output's program.
type runner struct {
	t        testing.TB
	lib      *lib
	out      *Output
	capacity int
	weights  [][]byte
	k, v     [][]byte
	pos      int
	split    func(extent, grain int64, launch int) [][2]int64
}

// newRunner builds the weights of out (each in its own guarded mapping: a tensor of odd byte
// count/2 then starts 2 bytes off a 4-byte boundary, as a bf16 tensor in an mmapped checkpoint
// may) and an empty KV cache of capacity positions.
func newRunner(t testing.TB, l *lib, out *Output, ck checkpoint, capacity int) *runner {
	r := &runner{t: t, lib: l, out: out, capacity: capacity, split: alignedSplit}
	built := map[string][]byte{}
	for _, w := range out.Weights {
		var data []byte
		switch w.Transform {
		case artifact.TransformLoad:
			data = ck[w.Name].raw
		case artifact.TransformAdd1:
			src := ck[w.Args[0]]
			data = make([]byte, 4*len(src.f32))
			for i, x := range src.f32 {
				binary.LittleEndian.PutUint32(data[4*i:], math.Float32bits(1+x))
			}
		case artifact.TransformConcat:
			for _, a := range w.Args {
				data = append(data, built[a]...)
			}
		case artifact.TransformQuantizeQ8:
			src := ck[w.Args[0]]
			data, _ = quantizeQ8(src.f32, int(w.Shape[0]), int(w.Shape[1]))
		case artifact.TransformRoPETable:
			tab := interp.RoPETable(capacity, int(w.Attrs["rot"]), w.Attrs["theta"], w.Attrs["scale"])
			data = make([]byte, 4*len(tab))
			copy(f32s(data), tab)
		default:
			t.Fatalf("weight %s: unknown transform %q", w.Name, w.Transform)
		}
		built[w.Name] = data
		mem := guarded(t, len(data))
		copy(mem, data)
		r.weights = append(r.weights, mem)
	}
	for _, s := range out.Slots {
		r.k = append(r.k, poisoned(t, int(s.KBytes(int64(capacity)))))
		r.v = append(r.v, poisoned(t, int(s.VBytes(int64(capacity)))))
	}
	return r
}

// poisoned is guarded memory filled with NaNs (every byte 0xff): a KV cache whose unwritten
// positions and scratch hold NaN shows any read of them that leaks into a result.
func poisoned(t testing.TB, size int) []byte {
	mem := guarded(t, size)
	for i := range mem {
		mem[i] = 0xff
	}
	return mem
}

// alignedSplit cuts [0,extent) into 1, 2 or 3 pieces (by launch index) at multiples of grain,
// as the runtime does.
func alignedSplit(extent, grain int64, launch int) [][2]int64 {
	if grain <= 0 {
		grain = 1
	}
	pieces := int64(launch%3 + 1)
	units := (extent + grain - 1) / grain
	var out [][2]int64
	for i := int64(0); i < pieces; i++ {
		b, e := min(extent, units*i/pieces*grain), min(extent, units*(i+1)/pieces*grain)
		if e > b {
			out = append(out, [2]int64{b, e})
		}
	}
	return out
}

// oddSplit ignores the grain and cuts at uneven places: kernels must stay correct (if slower).
func oddSplit(extent, grain int64, launch int) [][2]int64 {
	if extent < 3 {
		return [][2]int64{{0, extent}}
	}
	a, b := extent/3+1, 2*extent/3+1
	if b > extent {
		b = extent
	}
	return [][2]int64{{0, a}, {a, b}, {b, extent}}
}

// step runs one step of T = len(tokens) tokens with rows logit rows and returns the first n
// floats of the result value.
func (r *runner) step(tokens []int32, rows, n int) []float32 {
	t := r.t
	T := int64(len(tokens))
	// Each arena exactly as large as the step needs, between guard pages: a kernel that writes
	// past its value's rows faults.
	arenaMem := guarded(t, int(T*r.out.Arenas.PerToken))
	rowsMem := guarded(t, int(int64(rows)*r.out.Arenas.PerRow))
	tokMem := guarded(t, 4*len(tokens))
	for i, id := range tokens {
		binary.LittleEndian.PutUint32(tokMem[4*i:], uint32(id))
	}
	P, R, C := int64(r.pos), int64(rows), int64(r.capacity)
	resolve := func(ref artifact.Ref) uintptr {
		switch ref.Kind {
		case artifact.RefArena:
			return addr(arenaMem) + uintptr(ref.Offset*T)
		case artifact.RefRows:
			return addr(rowsMem) + uintptr(ref.Offset*R)
		case artifact.RefWeight:
			return addr(r.weights[ref.Index])
		case artifact.RefK:
			return addr(r.k[ref.Index])
		case artifact.RefV:
			return addr(r.v[ref.Index])
		case artifact.RefTokens:
			return addr(tokMem)
		}
		t.Fatalf("unknown buffer kind %q", ref.Kind)
		return 0
	}
	args := guarded(t, 8*64)
	for li, l := range r.out.Program {
		bufs := args[:8*len(l.Bufs)]
		for i, ref := range l.Bufs {
			binary.LittleEndian.PutUint64(bufs[8*i:], uint64(resolve(ref)))
		}
		ints := args[8*32 : 8*32+8*len(l.Ints)]
		for i, e := range l.Ints {
			binary.LittleEndian.PutUint64(ints[8*i:], uint64(e.Eval(T, R, P, C)))
		}
		fn := r.lib.sym(t, r.out.Kernels[l.Kernel].Symbol)
		pieces := r.split(l.Split.Eval(T, R, P, C), l.Grain, li)
		// Reverse order: a piece must not depend on another piece of the same launch.
		for i := len(pieces) - 1; i >= 0; i-- {
			purego.SyscallN(fn, addr(args), addr(args[8*32:]), uintptr(pieces[i][0]), uintptr(pieces[i][1]))
		}
	}
	r.pos += len(tokens)
	var res []float32
	if r.out.Result.Kind == artifact.RefRows {
		res = f32s(rowsMem[r.out.Result.Offset*R:])
	} else {
		res = f32s(arenaMem[r.out.Result.Offset*T:])
	}
	if len(res) < n {
		t.Fatalf("the result at %s offset %d holds %d floats, want %d", r.out.Result.Kind, r.out.Result.Offset, len(res), n)
	}
	return append([]float32(nil), res[:n]...)
}

package runtime

import (
	"errors"
	"fmt"
	"math"
	"unsafe"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/weights"
)

// Model is an artifact bound to weights: the address of every weight the program reads.
// Checkpoint tensors are used in place, inside the checkpoint's read-only mapping, so the
// checkpoint must stay open while the Model is used. Derived weights live in memory the Model
// owns. A Model may serve several Sessions.
type Model struct {
	art    *Artifact
	ckpt   *weights.Checkpoint // nil for random weights
	ptrs   []uintptr           // ptrs[i]: address of Manifest.Weights[i] (0: never read)
	data   [][]byte            // data[i]: the bytes at ptrs[i]
	owned  []*region
	unused []string
}

// Bind binds the artifact to a checkpoint. Every checkpoint tensor the manifest names must be
// present with the manifest's shape and dtype; all that are not are reported in one error.
// Tensors the program does not use are allowed (see Unused). Derived weights are built once
// here: add1 (1+x as f32), concat (a copy of checkpoint data; current artifacts read packed
// QKV from its parts instead), quantize_q8 (the q8 form of a float matrix) and rope_table.
// Checkpoint tensors only the transforms read have their pages released afterwards.
func (a *Artifact) Bind(ckpt *weights.Checkpoint) (*Model, error) {
	m := a.Manifest
	var want []weights.Expect
	for _, w := range m.Weights {
		if w.Transform == artifact.TransformLoad {
			want = append(want, weights.Expect{Name: w.Name, Shape: w.Shape, DTypes: []weights.DType{manifestDTypes[w.DType]}})
		}
	}
	var unused []string
	if err := weights.Check(ckpt, want); err != nil {
		var ce *weights.CheckError
		if !errors.As(err, &ce) {
			return nil, err
		}
		if len(ce.Problems) > 0 {
			return nil, fmt.Errorf("checkpoint %s does not match the artifact %s (%d problems):\n%w", ckpt.Path(), a.Dir, len(ce.Problems), ce.Problems)
		}
		for _, e := range ce.Extra {
			unused = append(unused, e.Error())
		}
	}
	md := &Model{art: a, ckpt: ckpt, ptrs: make([]uintptr, len(m.Weights)), data: make([][]byte, len(m.Weights)), unused: unused}
	// A checkpoint tensor read only at load time (the source of a q8 matrix, a folded gamma,
	// the parts of an old artifact's packed QKV) is done with after the last weight derived
	// from it: drop its pages from this process then, so that no matrix is resident twice,
	// not even while the others are derived. Its mapping stays valid (a later touch reads the
	// file again).
	read := programReads(m)
	lastUse := make([]int, len(m.Weights))
	for i, w := range m.Weights {
		lastUse[i] = -1
		for _, arg := range w.Args {
			lastUse[a.weightIndex[arg]] = i
		}
	}
	release := func(i int) {
		for _, arg := range m.Weights[i].Args {
			j := a.weightIndex[arg]
			if lastUse[j] == i && !read[j] && m.Weights[j].Transform == artifact.TransformLoad {
				releasePages(md.data[j])
			}
		}
	}
	for i, w := range m.Weights {
		if w.Transform == artifact.TransformLoad {
			t, _ := ckpt.Tensor(w.Name)
			md.set(i, t.Data)
			continue
		}
		if err := md.derive(i); err != nil {
			md.Close()
			return nil, err
		}
		release(i)
	}
	return md, nil
}

// programReads reports, for every weight of m, whether a launch of the program reads it.
func programReads(m *artifact.Manifest) []bool {
	read := make([]bool, len(m.Weights))
	for _, l := range m.Program {
		for _, r := range l.Bufs {
			if r.Kind == artifact.RefWeight && r.Index >= 0 && r.Index < len(read) {
				read[r.Index] = true
			}
		}
	}
	return read
}

// Unused describes the checkpoint tensors the program does not read, one a line with the
// tensor's file, name, byte offset, dtype and shape (for `mtc run -v`).
func (md *Model) Unused() []string { return append([]string(nil), md.unused...) }

// Artifact returns the artifact the model runs.
func (md *Model) Artifact() *Artifact { return md.art }

// Close frees the derived weights. Sessions of the model must not be used afterwards; the
// checkpoint is the caller's to close.
func (md *Model) Close() error {
	var errs []error
	for _, r := range md.owned {
		errs = append(errs, r.free())
	}
	md.owned = nil
	return errors.Join(errs...)
}

// set records the bytes of weight i. An empty tensor gets the address of a small owned block
// so that no kernel argument is ever nil.
func (md *Model) set(i int, b []byte) {
	md.data[i] = b
	if len(b) == 0 {
		r, err := allocRegion(64)
		if err == nil {
			md.owned = append(md.owned, r)
			md.ptrs[i] = uintptr(unsafe.Pointer(unsafe.SliceData(r.data[:64])))
		}
		return
	}
	md.ptrs[i] = uintptr(unsafe.Pointer(&b[0]))
}

// alloc allocates n bytes for weight i.
func (md *Model) alloc(i int, n int64) ([]byte, error) {
	r, err := allocRegion(n)
	if err != nil {
		return nil, fmt.Errorf("weight %s: %w", md.art.Manifest.Weights[i].Name, err)
	}
	md.owned = append(md.owned, r)
	md.set(i, r.data)
	return r.data, nil
}

// derive builds the derived weight i from the weights before it.
func (md *Model) derive(i int) error {
	m := md.art.Manifest
	w := m.Weights[i]
	shape := weightShape(w, md.art.capacity)
	n := numel(shape)
	arg := func(j int) ([]byte, artifact.Weight) {
		k := md.art.weightIndex[w.Args[j]]
		return md.data[k], m.Weights[k]
	}
	switch w.Transform {
	case artifact.TransformAdd1:
		src, sw := arg(0)
		out, err := md.alloc(i, 4*n)
		if err != nil {
			return err
		}
		f := f32View(out)
		if err := toFloat32(f, src, manifestDTypes[sw.DType]); err != nil {
			return fmt.Errorf("weight %s: %w", w.Name, err)
		}
		for j := range f {
			f[j]++
		}
	case artifact.TransformConcat:
		out, err := md.alloc(i, n*int64(manifestDTypes[w.DType].Size()))
		if err != nil {
			return err
		}
		off := 0
		for j := range w.Args {
			src, _ := arg(j)
			off += copy(out[off:], src)
		}
	case artifact.TransformQuantizeQ8:
		src, sw := arg(0)
		out, err := md.alloc(i, artifact.Q8Bytes(shape[0], shape[1]))
		if err != nil {
			return err
		}
		if err := quantizeTensorQ8(out, src, manifestDTypes[sw.DType], int(shape[0]), int(shape[1])); err != nil {
			return fmt.Errorf("weight %s: %w", w.Name, err)
		}
	case artifact.TransformRoPETable:
		out, err := md.alloc(i, 4*n)
		if err != nil {
			return err
		}
		ropeTable(f32View(out), md.art.capacity, int(w.Attrs["rot"]), w.Attrs["theta"], w.Attrs["scale"])
	default:
		return fmt.Errorf("weight %s: unknown transform %q", w.Name, w.Transform)
	}
	return nil
}

// ropeTable fills tab (capacity rows of rot values) with the rope_table transform: row p holds
// cos(p/scale·f_j) for j < rot/2, then sin(p/scale·f_j), f_j = theta^(-2j/rot), computed in
// float64 and rounded once.
func ropeTable(tab []float32, capacity, rot int, theta, scale float64) {
	half := rot / 2
	freq := make([]float64, half)
	for j := range freq {
		freq[j] = math.Pow(theta, -2*float64(j)/float64(rot))
	}
	for p := 0; p < capacity; p++ {
		row := tab[p*rot : (p+1)*rot]
		for j, f := range freq {
			a := float64(p) / scale * f
			row[j] = float32(math.Cos(a))
			row[half+j] = float32(math.Sin(a))
		}
	}
}

// toFloat32 widens src, len(dst) values of dtype dt, into dst.
func toFloat32(dst []float32, src []byte, dt weights.DType) error {
	if len(src) != len(dst)*dt.Size() {
		return fmt.Errorf("%d bytes of %v for %d values", len(src), dt, len(dst))
	}
	switch dt {
	case weights.F32:
		weights.F32BytesToF32(dst, src)
	case weights.BF16:
		weights.BF16BytesToF32(dst, src)
	case weights.F16:
		weights.F16BytesToF32(dst, src)
	default:
		return fmt.Errorf("cannot widen %v to f32", dt)
	}
	return nil
}

// f32View returns b as float32s (b is 64-byte aligned memory the runtime owns).
func f32View(b []byte) []float32 {
	if len(b) < 4 {
		return nil
	}
	return unsafe.Slice((*float32)(unsafe.Pointer(&b[0])), len(b)/4)
}

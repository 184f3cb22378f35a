package cuda

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/weights"
)

// manifestDTypes maps the manifest's dtype names to checkpoint dtypes.
var manifestDTypes = map[string]weights.DType{
	"f32":  weights.F32,
	"bf16": weights.BF16,
	"f16":  weights.F16,
	"i8":   weights.I8,
}

// Bind uploads the weights the program reads from a checkpoint: checkpoint tensors as stored
// (bf16 stays bf16), derived weights (add1, concat, rope_table) built on the host first. Every
// checkpoint tensor the manifest names must be present with the manifest's shape and dtype;
// all that are not are reported in one error. Tensors the program does not use are allowed
// (see Unused). Binding again replaces the weights.
func (md *Model) Bind(ckpt *weights.Checkpoint) error {
	m := md.Manifest
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
			return err
		}
		if len(ce.Problems) > 0 {
			return fmt.Errorf("checkpoint %s does not match the artifact %s (%d problems):\n%w", ckpt.Path(), md.Dir, len(ce.Problems), ce.Problems)
		}
		for _, e := range ce.Extra {
			unused = append(unused, e.Error())
		}
	}
	hb := newHostBuilder(m, md.capacity, func(w artifact.Weight) ([]byte, error) {
		t, ok := ckpt.Tensor(w.Name)
		if !ok {
			return nil, fmt.Errorf("checkpoint %s has no tensor %q", ckpt.Path(), w.Name)
		}
		return t.Data, nil
	})
	err := md.uploadWeights(func(i int) ([]byte, error) { return hb.bytes(i) })
	if err == nil {
		md.unused = unused
	}
	return err
}

// uploadWeights puts every weight the program reads on the device, its bytes from get.
func (md *Model) uploadWeights(get func(i int) ([]byte, error)) error {
	return md.do(func(a *api) error {
		md.freeWeights(a)
		md.weights = make([]uint64, len(md.Manifest.Weights))
		for i, w := range md.Manifest.Weights {
			if !md.plan.read[i] {
				continue
			}
			b, err := get(i)
			if err != nil {
				md.freeWeights(a)
				return err
			}
			what := "weight " + w.Name
			p, err := alloc(a, int64(len(b)), what)
			if err == nil {
				md.owned = append(md.owned, p)
				err = upload(a, p, b, what)
			}
			if err != nil {
				md.freeWeights(a)
				return err
			}
			md.weights[i] = p
		}
		return nil
	})
}

// hostBuilder builds the host bytes of weights, derived ones from their arguments.
type hostBuilder struct {
	m        *artifact.Manifest
	capacity int
	index    map[string]int
	load     func(w artifact.Weight) ([]byte, error)
	memo     map[int][]byte
}

func newHostBuilder(m *artifact.Manifest, capacity int, load func(w artifact.Weight) ([]byte, error)) *hostBuilder {
	hb := &hostBuilder{m: m, capacity: capacity, index: map[string]int{}, load: load, memo: map[int][]byte{}}
	for i, w := range m.Weights {
		hb.index[w.Name] = i
	}
	return hb
}

// bytes returns the stored bytes of weight i (row-major, its manifest dtype).
func (hb *hostBuilder) bytes(i int) ([]byte, error) {
	if b, ok := hb.memo[i]; ok {
		return b, nil
	}
	w := hb.m.Weights[i]
	var out []byte
	switch w.Transform {
	case artifact.TransformLoad:
		b, err := hb.load(w)
		if err != nil {
			return nil, err
		}
		out = b
	case artifact.TransformAdd1:
		if len(w.Args) != 1 {
			return nil, fmt.Errorf("weight %s: add1 takes one argument, has %d", w.Name, len(w.Args))
		}
		src, dt, err := hb.arg(w, 0)
		if err != nil {
			return nil, err
		}
		f, err := toFloat32(src, dt)
		if err != nil {
			return nil, fmt.Errorf("weight %s: %w", w.Name, err)
		}
		for j := range f {
			f[j]++
		}
		out = f32Bytes(f)
	case artifact.TransformConcat:
		for j := range w.Args {
			src, _, err := hb.arg(w, j)
			if err != nil {
				return nil, err
			}
			out = append(out, src...)
		}
	case artifact.TransformRoPETable:
		out = f32Bytes(RoPETable(hb.capacity, int(w.Attrs["rot"]), w.Attrs["theta"], w.Attrs["scale"]))
	default:
		return nil, fmt.Errorf("weight %s: unknown transform %q", w.Name, w.Transform)
	}
	dt := manifestDTypes[w.DType]
	if n := numel(weightShape(w, hb.capacity)); n < 0 || int64(len(out)) != n*int64(dt.Size()) {
		return nil, fmt.Errorf("weight %s: built %d bytes, the manifest says %s%v", w.Name, len(out), w.DType, weightShape(w, hb.capacity))
	}
	hb.memo[i] = out
	return out, nil
}

// arg returns the bytes and dtype of argument j of w.
func (hb *hostBuilder) arg(w artifact.Weight, j int) ([]byte, weights.DType, error) {
	k, ok := hb.index[w.Args[j]]
	if !ok {
		return nil, 0, fmt.Errorf("weight %s: argument %q is not a weight of the artifact", w.Name, w.Args[j])
	}
	b, err := hb.bytes(k)
	return b, manifestDTypes[hb.m.Weights[k].DType], err
}

// RoPETable computes the rope_table weight transform: rows 0..capacity-1, each holding
// cos(p/scale·f_j) for j < rot/2 followed by sin(p/scale·f_j), f_j = theta^(-2j/rot), computed in
// float64 and rounded once.
func RoPETable(capacity, rot int, theta, scale float64) []float32 {
	half := rot / 2
	out := make([]float32, capacity*rot)
	freq := make([]float64, half)
	for j := range freq {
		freq[j] = math.Pow(theta, -2*float64(j)/float64(rot))
	}
	for p := 0; p < capacity; p++ {
		for j, f := range freq {
			a := float64(p) / scale * f
			out[p*rot+j] = float32(math.Cos(a))
			out[p*rot+half+j] = float32(math.Sin(a))
		}
	}
	return out
}

// toFloat32 widens stored values of dtype dt.
func toFloat32(src []byte, dt weights.DType) ([]float32, error) {
	size := dt.Size()
	if size == 0 || len(src)%size != 0 {
		return nil, fmt.Errorf("%d bytes are not a whole number of %v values", len(src), dt)
	}
	dst := make([]float32, len(src)/size)
	switch dt {
	case weights.F32:
		weights.F32BytesToF32(dst, src)
	case weights.BF16:
		weights.BF16BytesToF32(dst, src)
	case weights.F16:
		weights.F16BytesToF32(dst, src)
	default:
		return nil, fmt.Errorf("cannot widen %v to f32", dt)
	}
	return dst, nil
}

// f32Bytes encodes f as little-endian bytes.
func f32Bytes(f []float32) []byte {
	out := make([]byte, 4*len(f))
	for i, x := range f {
		binary.LittleEndian.PutUint32(out[4*i:], math.Float32bits(x))
	}
	return out
}

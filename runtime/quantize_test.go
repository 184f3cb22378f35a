package runtime

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"path/filepath"
	goruntime "runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/weights"
)

// TestQuantizeQ8Layout checks the q8 bytes of small matrices: values, padding and scales.
func TestQuantizeQ8Layout(t *testing.T) {
	ramp := make([]float32, 40) // one full block and a partial one of 8
	for i := range ramp {
		ramp[i] = float32(i-20) / 4
	}
	tests := []struct {
		name    string
		vals    []float32
		rows, k int
		q       []int8    // the int8 plane, rows of whole blocks
		d       []float32 // the scales
	}{
		{"zeros", make([]float32, 3), 1, 3, make([]int8, 32), []float32{0}},
		{"max is 127", []float32{-2, 1, 0.5}, 1, 3, append([]int8{-127, 64, 32}, make([]int8, 29)...), []float32{2.0 / 127}},
		{"two rows", []float32{1, -1, 4, 2}, 2, 2,
			append(append([]int8{127, -127}, make([]int8, 30)...), append([]int8{127, 64}, make([]int8, 30)...)...),
			[]float32{1.0 / 127, 4.0 / 127}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := make([]byte, artifact.Q8Bytes(int64(tc.rows), int64(tc.k)))
			if err := QuantizeQ8(out, tc.vals, tc.rows, tc.k); err != nil {
				t.Fatal(err)
			}
			n := len(tc.q)
			q := make([]int8, n)
			for i := range q {
				q[i] = int8(out[i])
			}
			if diff := cmp.Diff(tc.q, q); diff != "" {
				t.Errorf("values (-want +got):\n%s", diff)
			}
			var d []float32
			for i := n; i < len(out); i += 4 {
				d = append(d, math.Float32frombits(binary.LittleEndian.Uint32(out[i:])))
			}
			if diff := cmp.Diff(tc.d, d); diff != "" {
				t.Errorf("scales (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("partial block", func(t *testing.T) {
		out := make([]byte, artifact.Q8Bytes(1, 40))
		if err := QuantizeQ8(out, ramp, 1, 40); err != nil {
			t.Fatal(err)
		}
		for i := 40; i < 64; i++ {
			if out[i] != 0 {
				t.Fatalf("padding byte %d = %d, want 0", i, out[i])
			}
		}
		back, err := DequantizeQ8(out, 1, 40)
		if err != nil {
			t.Fatal(err)
		}
		for i, v := range ramp {
			d := float32(5) / 127 // block 0: max |x| = 5
			if i >= 32 {
				d = float32(4.75) / 127
			}
			if e := math.Abs(float64(back[i] - v)); e > float64(d)/2*1.0001 {
				t.Errorf("value %d: %v back as %v, error %g > d/2 = %g", i, v, back[i], e, d/2)
			}
		}
	})
}

// TestQuantizeQ8Errors checks the size checks of the exported functions.
func TestQuantizeQ8Errors(t *testing.T) {
	if err := QuantizeQ8(make([]byte, 10), make([]float32, 4), 2, 2); err == nil {
		t.Error("QuantizeQ8 accepted a buffer of the wrong size")
	}
	if _, err := DequantizeQ8(make([]byte, 10), 2, 2); err == nil || !strings.Contains(err.Error(), "want 72") {
		t.Errorf("DequantizeQ8 error %v, want one naming the expected 72 bytes", err)
	}
}

// TestQuantizeTensorQ8 quantises bf16, f16 and f32 tensors on several goroutines and compares
// with QuantizeQ8 of the widened values.
func TestQuantizeTensorQ8(t *testing.T) {
	const rows, k = 37, 100
	rng := rand.New(rand.NewPCG(1, 2))
	vals := make([]float32, rows*k)
	for i := range vals {
		vals[i] = float32(rng.NormFloat64())
	}
	for _, dt := range []weights.DType{weights.F32, weights.BF16, weights.F16} {
		src, err := weights.EncodeFloat32(dt, vals)
		if err != nil {
			t.Fatal(err)
		}
		wide := make([]float32, len(vals))
		if err := toFloat32(wide, src, dt); err != nil {
			t.Fatal(err)
		}
		want := make([]byte, artifact.Q8Bytes(rows, k))
		if err := QuantizeQ8(want, wide, rows, k); err != nil {
			t.Fatal(err)
		}
		for _, procs := range []int{1, 3} {
			prev := goruntime.GOMAXPROCS(procs)
			got := make([]byte, len(want))
			err := quantizeTensorQ8(got, src, dt, rows, k)
			goruntime.GOMAXPROCS(prev)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%v with GOMAXPROCS %d: differs from QuantizeQ8", dt, procs)
			}
		}
	}
	if err := quantizeTensorQ8(make([]byte, artifact.Q8Bytes(1, 4)), make([]byte, 4), weights.I8, 1, 4); err == nil {
		t.Error("quantised an I8 tensor")
	}
}

// TestBindQuantizeQ8 binds an artifact with a quantize_q8 weight: the q8 bytes are those of
// QuantizeQ8, 64-byte aligned, and the source stays readable after its pages are released.
func TestBindQuantizeQ8(t *testing.T) {
	m := &artifact.Manifest{Weights: []artifact.Weight{
		{Name: "w", DType: "bf16", Shape: []int64{3, 33}, Transform: artifact.TransformLoad},
		{Name: "w.q8", DType: artifact.DTypeQ8, Shape: []int64{3, 33}, Transform: artifact.TransformQuantizeQ8, Args: []string{"w"}},
	}}
	vals := make([]float32, 3*33)
	for i := range vals {
		vals[i] = float32(i%11) - 5
	}
	src, err := weights.EncodeFloat32(weights.BF16, vals)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "w.safetensors")
	if err := weights.Write(path, []weights.WriteTensor{{Name: "w", DType: weights.BF16, Shape: []int64{3, 33}, Data: src}}, nil); err != nil {
		t.Fatal(err)
	}
	ckpt, err := weights.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ckpt.Close()
	if err := checkWeights("m.json", m, 8); err != nil {
		t.Fatal(err)
	}
	md, err := bindOnly(m, 8).Bind(ckpt)
	if err != nil {
		t.Fatal(err)
	}
	defer md.Close()
	want := make([]byte, artifact.Q8Bytes(3, 33))
	if err := QuantizeQ8(want, vals, 3, 33); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(md.data[1], want) {
		t.Error("the bound q8 weight differs from QuantizeQ8 of the checkpoint tensor")
	}
	if md.ptrs[1]%64 != 0 {
		t.Errorf("q8 weight at %#x: not 64-byte aligned", md.ptrs[1])
	}
	if !slices.Equal(md.data[0], src) {
		t.Error("the source tensor reads back differently after its pages were released")
	}
}

// TestCheckWeightsQuantizeQ8 checks the validation of quantize_q8 entries.
func TestCheckWeightsQuantizeQ8(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  artifact.Weight
		q    artifact.Weight
		want string
	}{
		{"dtype", artifact.Weight{DType: "f32", Shape: []int64{2, 4}}, artifact.Weight{DType: "f32", Shape: []int64{2, 4}}, "quantize_q8 produces q8, the manifest says f32"},
		{"int source", artifact.Weight{DType: "i8", Shape: []int64{2, 4}}, artifact.Weight{DType: "q8", Shape: []int64{2, 4}}, "needs a float argument"},
		{"shape", artifact.Weight{DType: "f16", Shape: []int64{2, 4}}, artifact.Weight{DType: "q8", Shape: []int64{4, 2}}, "must have the shape of its argument"},
		{"vector", artifact.Weight{DType: "f16", Shape: []int64{8}}, artifact.Weight{DType: "q8", Shape: []int64{8}}, "a non-empty matrix"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.src.Name, tc.src.Transform = "w", artifact.TransformLoad
			tc.q.Name, tc.q.Transform, tc.q.Args = "w.q8", artifact.TransformQuantizeQ8, []string{"w"}
			err := checkWeights("m.json", &artifact.Manifest{Weights: []artifact.Weight{tc.src, tc.q}}, 8)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "weights[1] (w.q8)") {
				t.Errorf("error %v, want one about weights[1] (w.q8) containing %q", err, tc.want)
			}
		})
	}
}

// TestFillRandomQ8 draws a random q8 matrix: the same bytes for any GOMAXPROCS, values whose
// standard deviation is RandomStd, and a partial last block of zeros.
func TestFillRandomQ8(t *testing.T) {
	const rows, k = 300, 1000 // 1000 = 31 blocks + 8
	draw := func(procs int) []byte {
		prev := goruntime.GOMAXPROCS(procs)
		defer goruntime.GOMAXPROCS(prev)
		out := make([]byte, artifact.Q8Bytes(rows, k))
		fillRandom([]fillJob{{out: out, q8rows: rows, q8k: k, stream: 4}}, 9)
		return out
	}
	a := draw(1)
	if !slices.Equal(a, draw(4)) {
		t.Error("q8 draws differ with GOMAXPROCS 1 and 4")
	}
	vals, err := DequantizeQ8(a, rows, k)
	if err != nil {
		t.Fatal(err)
	}
	sq := 0.0
	for _, v := range vals {
		sq += float64(v) * float64(v)
	}
	if std := math.Sqrt(sq / float64(len(vals))); math.Abs(std-RandomStd) > 0.02*RandomStd {
		t.Errorf("std %.5f, want %v within 2%%", std, RandomStd)
	}
	rb := int(artifact.Q8RowBytes(k))
	for j := 0; j < rows; j++ {
		for i := k; i < rb; i++ {
			if a[j*rb+i] != 0 {
				t.Fatalf("row %d padding byte %d = %d", j, i, a[j*rb+i])
			}
		}
	}
}

package runtime

import (
	"errors"
	"fmt"
	"math"
	"path/filepath"
	goruntime "runtime"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/ir/interp"
	"github.com/mtc-dev/mtc/weights"
)

// TestRoPETableMatchesInterp requires the runtime's rope_table to equal the reference
// interpreter's bit for bit.
func TestRoPETableMatchesInterp(t *testing.T) {
	for _, c := range []struct {
		capacity, rot int
		theta, scale  float64
	}{{64, 4, 10000, 1}, {100, 16, 500000, 8}, {7, 128, 10000, 0.5}} {
		got := make([]float32, c.capacity*c.rot)
		ropeTable(got, c.capacity, c.rot, c.theta, c.scale)
		want := interp.RoPETable(c.capacity, c.rot, c.theta, c.scale)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%+v (-interp +runtime):\n%s", c, diff)
		}
	}
}

// bindOnly makes an Artifact that can bind weights but has no kernels.
func bindOnly(m *artifact.Manifest, capacity int) *Artifact {
	a := &Artifact{Dir: "test.mtc", Manifest: m, capacity: capacity, weightIndex: map[string]int{}}
	for i, w := range m.Weights {
		a.weightIndex[w.Name] = i
	}
	return a
}

// TestBindInPlace checks that checkpoint tensors are used where the checkpoint mapped them and
// that add1 and concat build the right bytes.
func TestBindInPlace(t *testing.T) {
	m := &artifact.Manifest{Weights: []artifact.Weight{
		{Name: "g", DType: "bf16", Shape: []int64{3}, Transform: artifact.TransformLoad},
		{Name: "a", DType: "f16", Shape: []int64{1, 2}, Transform: artifact.TransformLoad},
		{Name: "b", DType: "f16", Shape: []int64{2, 2}, Transform: artifact.TransformLoad},
		{Name: "g1", DType: "f32", Shape: []int64{3}, Transform: artifact.TransformAdd1, Args: []string{"g"}},
		{Name: "ab", DType: "f16", Shape: []int64{3, 2}, Transform: artifact.TransformConcat, Args: []string{"a", "b"}},
	}}
	enc := func(dt weights.DType, v ...float32) []byte {
		b, err := weights.EncodeFloat32(dt, v)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	path := filepath.Join(t.TempDir(), "w.safetensors")
	err := weights.Write(path, []weights.WriteTensor{
		{Name: "g", DType: weights.BF16, Shape: []int64{3}, Data: enc(weights.BF16, -0.5, 0, 2)},
		{Name: "a", DType: weights.F16, Shape: []int64{1, 2}, Data: enc(weights.F16, 1, 2)},
		{Name: "b", DType: weights.F16, Shape: []int64{2, 2}, Data: enc(weights.F16, 3, 4, 5, 6)},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ckpt, err := weights.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ckpt.Close()
	md, err := bindOnly(m, 8).Bind(ckpt)
	if err != nil {
		t.Fatal(err)
	}
	defer md.Close()
	for i, name := range []string{"g", "a", "b"} {
		tn, _ := ckpt.Tensor(name)
		if md.ptrs[i] != uintptr(unsafe.Pointer(&tn.Data[0])) {
			t.Errorf("%s: bound at %#x, the checkpoint maps it at %p (copied?)", name, md.ptrs[i], &tn.Data[0])
		}
	}
	if diff := cmp.Diff([]float32{0.5, 1, 3}, f32View(md.data[3])); diff != "" {
		t.Errorf("add1 (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(enc(weights.F16, 1, 2, 3, 4, 5, 6), md.data[4]); diff != "" {
		t.Errorf("concat (-want +got):\n%s", diff)
	}
	if md.ptrs[3]%64 != 0 || md.ptrs[4]%64 != 0 {
		t.Errorf("derived weights at %#x, %#x: not 64-byte aligned", md.ptrs[3], md.ptrs[4])
	}
}

// TestFillRandom checks the random weights: their moments, that add1 gives ones, and that the
// values depend on the seed only, not on GOMAXPROCS.
func TestFillRandom(t *testing.T) {
	const n = 1 << 20
	draw := func(seed uint64, dt weights.DType) []byte {
		out := make([]byte, n*dt.Size())
		fillRandom([]fillJob{{out: out, dt: dt, stream: 3}}, seed)
		return out
	}
	f := f32View(draw(1, weights.F32))
	mean, sq := 0.0, 0.0
	for _, v := range f {
		mean += float64(v)
		sq += float64(v) * float64(v)
	}
	mean /= n
	std := math.Sqrt(sq/n - mean*mean)
	if math.Abs(mean) > 1e-4 || math.Abs(std-RandomStd) > 1e-4 {
		t.Errorf("mean %.3g, std %.5f; want 0, %v", mean, std, RandomStd)
	}
	a := draw(5, weights.BF16)
	prev := goruntime.GOMAXPROCS(1)
	b := draw(5, weights.BF16)
	goruntime.GOMAXPROCS(prev)
	if !slices.Equal(a, b) {
		t.Error("the same seed drew different bf16 values with GOMAXPROCS 1")
	}
	if slices.Equal(a, draw(6, weights.BF16)) {
		t.Error("seeds 5 and 6 drew the same values")
	}
	ones := make([]byte, 4*1000)
	fillRandom([]fillJob{{out: ones, dt: weights.F32, ones: true}}, 1)
	for i, v := range f32View(ones) {
		if v != 1 {
			t.Fatalf("add1 value %d = %v, want 1", i, v)
		}
	}
}

// TestShare checks that the shares of a split cover it exactly, in order, on grain boundaries,
// as evenly as grains allow.
func TestShare(t *testing.T) {
	for split := int64(0); split <= 40; split++ {
		for grain := int64(1); grain <= 9; grain++ {
			for workers := 1; workers <= 5; workers++ {
				next := int64(0)
				chunks := (split + grain - 1) / grain
				for w := range workers {
					lo, hi := share(split, grain, w, workers)
					where := fmt.Sprintf("split %d grain %d worker %d/%d: [%d,%d)", split, grain, w, workers, lo, hi)
					if lo != next || hi < lo || lo%grain != 0 || (hi != split && hi%grain != 0) {
						t.Fatalf("%s does not continue at %d on a grain boundary", where, next)
					}
					if got := (hi - lo + grain - 1) / grain; got < chunks/int64(workers) || got > chunks/int64(workers)+1 {
						t.Fatalf("%s: %d grains of %d, unbalanced", where, got, chunks)
					}
					next = hi
				}
				if next != split {
					t.Fatalf("split %d grain %d workers %d: covered [0,%d)", split, grain, workers, next)
				}
			}
		}
	}
}

// TestNucleusMatchesSort compares the thresholded nucleus with a full sort.
func TestNucleusMatchesSort(t *testing.T) {
	for seed := range uint64(8) {
		l := make([]candidate, 5000)
		x := seed*2654435761 + 1
		for i := range l {
			x = x*6364136223846793005 + 1442695040888963407
			p := math.Exp(float64(int64(x>>40)%4000)/200 - 10) // a wide range of magnitudes
			if i%50 == 0 {
				p = l[max(i-1, 0)].p // ties
			}
			l[i] = candidate{int32(i), p}
		}
		for _, topP := range []float64{1e-9, 0.1, 0.5, 0.9, 0.999} {
			want := slices.Clone(l)
			slices.SortFunc(want, byProb)
			total := 0.0
			for _, c := range l {
				total += c.p
			}
			sum, k := 0.0, 0
			for k < len(want) {
				sum += want[k].p
				k++
				if sum >= topP*total {
					break
				}
			}
			if got := nucleus(slices.Clone(l), topP); !slices.Equal(want[:k], got) {
				t.Fatalf("seed %d top-p %v (-sort +nucleus):\n%s", seed, topP, cmp.Diff(want[:k], got, cmp.AllowUnexported(candidate{})))
			}
		}
	}
}

func TestCheckTriple(t *testing.T) {
	tests := []struct {
		triple, goarch string
		ok             bool
	}{
		{"", "amd64", true},
		{"x86_64-unknown-linux-gnu", "amd64", true},
		{"x86_64-unknown-linux-gnu", "arm64", false},
		{"aarch64-unknown-linux-gnu", "arm64", true},
		{"aarch64-unknown-linux-gnu", "amd64", false},
		{"riscv64-unknown-linux-gnu", "amd64", true}, // unknown to the check: the loader decides
	}
	for _, tt := range tests {
		if err := checkTriple("m.json", tt.triple, tt.goarch); (err == nil) != tt.ok {
			t.Errorf("checkTriple(%q, %s) = %v, want ok=%v", tt.triple, tt.goarch, err, tt.ok)
		}
	}
}

func TestCheckFeatures(t *testing.T) {
	host := func() ([]string, error) { return []string{"+avx", "+avx2", "+fma"}, nil }
	broken := func() ([]string, error) { return nil, errors.New("no /proc/cpuinfo") }
	tests := []struct {
		name     string
		required []string
		host     func() ([]string, error)
		want     string // "" for no error
	}{
		{"present", []string{"+avx2", "fma"}, host, ""},
		{"disabled features are no requirement", []string{"+avx", "-avx512f"}, host, ""},
		{"nothing required, host unknown", nil, broken, ""},
		{"missing", []string{"+avx2", "+avx512f", "+avx512bw"}, host, "this CPU lacks +avx512bw, +avx512f"},
		{"host unknown", []string{"+avx2"}, broken, "cannot be checked: no /proc/cpuinfo"},
	}
	for _, tt := range tests {
		err := checkFeatures("m.json", tt.required, tt.host)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestChooseCapacity(t *testing.T) {
	tests := []struct {
		want, maxPos, got int
		err               bool
	}{
		{0, 8192, DefaultCapacity, false},
		{0, 1024, 1024, false},
		{0, 0, DefaultCapacity, false},
		{100, 1024, 100, false},
		{2000, 1024, 0, true},
		{-1, 1024, 0, true},
	}
	for _, tt := range tests {
		got, err := chooseCapacity("m.json", tt.want, tt.maxPos)
		if got != tt.got || (err != nil) != tt.err {
			t.Errorf("chooseCapacity(%d, %d) = %d, %v; want %d, error %v", tt.want, tt.maxPos, got, err, tt.got, tt.err)
		}
	}
}

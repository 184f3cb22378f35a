package cuda

import (
	"bytes"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/artifact"
)

// testManifest is a small valid CUDA manifest: an embed launch and an argmax kernel.
func testManifest() *artifact.Manifest {
	return &artifact.Manifest{
		FormatVersion: artifact.FormatVersion,
		Target:        artifact.TargetCUDA,
		GPUArch:       "sm_80",
		Model:         artifact.Model{Name: "t", VocabSize: 4, Hidden: 2, Layers: 1, MaxPositions: 8},
		Weights: []artifact.Weight{
			{Name: "E", DType: "bf16", Shape: []int64{4, 2}, Transform: artifact.TransformLoad},
			{Name: "rope", DType: "f32", Shape: []int64{artifact.ShapeCapacity, 2}, Transform: artifact.TransformRoPETable,
				Attrs: map[string]float64{"rot": 2, "theta": 10000, "scale": 1}},
		},
		Slots: []artifact.Slot{{Width: 2}},
		Kernels: []artifact.Kernel{
			{Name: "embed", Symbol: "mtc_g_embed", Op: "embed", Block: [3]int{256, 1, 1}},
			{Name: "argmax_n4", Symbol: "mtc_g_argmax_n4", Op: ArgmaxOp, Block: [3]int{256, 1, 1}, SharedBytes: 256},
		},
		Program: []artifact.Launch{
			{Kernel: 0, Bufs: []artifact.Ref{{Kind: artifact.RefArena, Offset: 64}, {Kind: artifact.RefTokens}, {Kind: artifact.RefWeight, Index: 0}},
				Split: artifact.Expr{T: 1}, Grain: 1, Note: "%1 embed"},
			{Kernel: 0, Bufs: []artifact.Ref{{Kind: artifact.RefK, Index: 0}, {Kind: artifact.RefV, Index: 0}, {Kind: artifact.RefRows, Offset: 16}},
				Ints: []artifact.Expr{{P: 1}, {Cap: 1}, {T: 1, Const: -1}}, Split: artifact.Expr{Const: 40}, Grain: 16, Note: "%2 x"},
		},
		ArenaBytesPerToken: 128,
		ArenaBytesPerRow:   32,
		Result:             artifact.Ref{Kind: artifact.RefArena, Offset: 0},
	}
}

// writeArtifact writes m with a placeholder PTX file and returns the folder.
func writeArtifact(t *testing.T, m *artifact.Manifest) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "art")
	files := map[string]artifact.NamedBytes{
		artifact.FilePTX: {Name: "kernels.ptx", Data: []byte("//\n.version 7.0\n.target sm_80\n.address_size 64\n")},
	}
	if err := artifact.Write(dir, m, files); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestOpenWithoutDriver(t *testing.T) {
	old := libraryName
	libraryName = "libcuda-not-installed.so.1"
	defer func() { libraryName = old }()
	dir := writeArtifact(t, testManifest())
	_, err := Open(dir, Config{})
	want := "cuda: libcuda-not-installed.so.1 not found: this machine has no NVIDIA driver"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("Open = %v, want an error containing %q", err, want)
	}
	if _, err := Probe(0); err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("Probe = %v, want an error containing %q", err, want)
	}
}

// TestProbeThisMachine checks the real driver lookup: on a machine without the NVIDIA driver
// (or without a GPU) Probe must fail with a clear error, not crash; with one it must describe
// a device with a plausible bandwidth.
func TestProbeThisMachine(t *testing.T) {
	d, err := Probe(0)
	if err != nil {
		msg := err.Error()
		if !strings.Contains(msg, "libcuda.so.1 not found: this machine has no NVIDIA driver") &&
			!strings.Contains(msg, "found no GPU") {
			t.Fatalf("Probe without a usable GPU: unexpected error %v", err)
		}
		t.Logf("no GPU here, as reported: %v", err)
		return
	}
	if d.Name == "" || d.ComputeCapability[0] < 3 || d.MemoryBandwidthGBs() <= 0 {
		t.Fatalf("implausible device: %+v", d)
	}
	t.Log(d)
}

func TestOpenRejectsBadArtifacts(t *testing.T) {
	tests := []struct {
		name   string
		change func(m *artifact.Manifest)
		want   string
	}{
		{"cpu target", func(m *artifact.Manifest) {
			m.Target = artifact.TargetCPU
		}, `target "cpu", this runtime runs "cuda" artifacts`},
		{"no block", func(m *artifact.Manifest) { m.Kernels[0].Block = [3]int{} }, "kernels[0] (embed): block [0 0 0] is not a valid CUDA block"},
		{"huge block", func(m *artifact.Manifest) { m.Kernels[0].Block = [3]int{64, 32, 1} }, "block [64 32 1] is not a valid CUDA block (1..1024 threads)"},
		{"argmax in program", func(m *artifact.Manifest) { m.Program[0].Kernel = 1 }, "program[0] (%1 embed): the argmax kernel is not part of the program"},
		{"result outside arena", func(m *artifact.Manifest) { m.Result.Offset = 120 }, "needs 136 bytes per row, the activation arena has 128"},
		{"capacity", func(m *artifact.Manifest) { m.Model.MaxPositions = 4 }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := testManifest()
			tt.change(m)
			if tt.name == "cpu target" {
				m.Files = nil
			}
			dir := t.TempDir()
			files := map[string]artifact.NamedBytes{artifact.FilePTX: {Name: "kernels.ptx", Data: []byte("x")}}
			if m.Target == artifact.TargetCPU {
				files[artifact.FileSO] = artifact.NamedBytes{Name: "kernels.so", Data: []byte("x")}
			}
			if err := artifact.Write(filepath.Join(dir, "a"), m, files); err != nil {
				t.Fatal(err)
			}
			cfg := Config{}
			want := tt.want
			if tt.name == "capacity" {
				cfg.Capacity = 5
				want = "KV-cache capacity 5 exceeds the model's max_position_embeddings 4"
			}
			_, err := Open(filepath.Join(dir, "a"), cfg)
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("Open = %v, want an error containing %q", err, want)
			}
		})
	}
}

func TestPlanFill(t *testing.T) {
	m := testManifest()
	p, err := newPlan("manifest.json", m, 8)
	if err != nil {
		t.Fatal(err)
	}
	if p.argmax != 1 || p.words != 3+3+3+2 || p.argmaxOff != 9 {
		t.Fatalf("plan: argmax %d, words %d, argmax offset %d", p.argmax, p.words, p.argmaxOff)
	}
	if diff := cmp.Diff([]bool{true, false}, p.read); diff != "" {
		t.Errorf("read (-want +got):\n%s", diff)
	}
	table := make([]uint64, p.words)
	ad := &addresses{arena: 1 << 20, rows: 9 << 20, tokens: 1 << 30, weights: []uint64{5 << 20, 0}, kv: []uint64{7 << 20, 8 << 20}}
	splits, err := p.fill(table, ad, 3, 2, 5, 8)
	if err != nil {
		t.Fatal(err)
	}
	want := []uint64{1<<20 + 64*3, 1 << 30, 5 << 20, 7 << 20, 8 << 20, 9<<20 + 16*2, 5, 8, 2, 0, 0}
	if diff := cmp.Diff(want, table); diff != "" {
		t.Errorf("table (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int64{3, 40}, splits); diff != "" {
		t.Errorf("splits (-want +got):\n%s", diff)
	}
	if g := blocks(40, 16); g != 3 {
		t.Errorf("blocks(40, 16) = %d, want 3", g)
	}
	if g := blocks(7, 0); g != 7 {
		t.Errorf("blocks(7, 0) = %d, want 7", g)
	}
	ad.rows = 0
	if _, err := p.fill(table, ad, 3, 2, 5, 8); err == nil || !strings.Contains(err.Error(), "program[1] (%2 x): buffer 2 (rows 0) has no device memory") {
		t.Errorf("fill without a row arena: %v", err)
	}
	ad.weights[0] = 0
	if _, err := p.fill(table, ad, 3, 1, 5, 8); err == nil || !strings.Contains(err.Error(), "program[0] (%1 embed): buffer 2 (weight 0) has no device memory") {
		t.Errorf("fill without weight: %v", err)
	}
}

func TestHostBuilder(t *testing.T) {
	m := &artifact.Manifest{Weights: []artifact.Weight{
		{Name: "g", DType: "bf16", Shape: []int64{2}, Transform: artifact.TransformLoad},
		{Name: "g1", DType: "f32", Shape: []int64{2}, Transform: artifact.TransformAdd1, Args: []string{"g"}},
		{Name: "a", DType: "f16", Shape: []int64{1, 2}, Transform: artifact.TransformLoad},
		{Name: "b", DType: "f16", Shape: []int64{2, 2}, Transform: artifact.TransformLoad},
		{Name: "ab", DType: "f16", Shape: []int64{3, 2}, Transform: artifact.TransformConcat, Args: []string{"a", "b"}},
		{Name: "rope", DType: "f32", Shape: []int64{artifact.ShapeCapacity, 4}, Transform: artifact.TransformRoPETable,
			Attrs: map[string]float64{"rot": 4, "theta": 100, "scale": 2}},
	}}
	data := map[string][]byte{
		"g": {0x80, 0x3f, 0x00, 0xc0}, // bf16 1, -2
		"a": {1, 2, 3, 4},
		"b": {5, 6, 7, 8, 9, 10, 11, 12},
	}
	hb := newHostBuilder(m, 3, func(w artifact.Weight) ([]byte, error) { return data[w.Name], nil })
	g1, err := hb.bytes(1)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(f32Bytes([]float32{2, -1}), g1); diff != "" {
		t.Errorf("add1 (-want +got):\n%s", diff)
	}
	ab, err := hb.bytes(4)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, ab); diff != "" {
		t.Errorf("concat (-want +got):\n%s", diff)
	}
	rope, err := hb.bytes(5)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := toFloat32(rope, manifestDTypes["f32"])
	// Row p: cos(p/2·f0), cos(p/2·f1), sin(p/2·f0), sin(p/2·f1) with f0 = 1, f1 = 100^(-1/2).
	var want []float32
	for p := 0; p < 3; p++ {
		a0, a1 := float64(p)/2, float64(p)/2*0.1
		want = append(want, float32(math.Cos(a0)), float32(math.Cos(a1)), float32(math.Sin(a0)), float32(math.Sin(a1)))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rope_table (-want +got):\n%s", diff)
	}
	data["a"] = data["a"][:2]
	hb = newHostBuilder(m, 3, func(w artifact.Weight) ([]byte, error) { return data[w.Name], nil })
	if _, err := hb.bytes(4); err == nil || !strings.Contains(err.Error(), "weight a: built 2 bytes, the manifest says f16[1 2]") {
		t.Errorf("short tensor: %v", err)
	}
}

func TestRandomTensor(t *testing.T) {
	a := randomTensor(manifestDTypes["f32"], 1<<19+3, 7, 1, false)
	b := randomTensor(manifestDTypes["f32"], 1<<19+3, 7, 1, false)
	if !bytes.Equal(a, b) {
		t.Fatal("two draws with one seed differ")
	}
	c := randomTensor(manifestDTypes["f32"], 1<<19+3, 8, 1, false)
	if bytes.Equal(a, c) {
		t.Fatal("draws with two seeds are equal")
	}
	f, _ := toFloat32(a, manifestDTypes["f32"])
	var sum, sq float64
	for _, x := range f {
		sum += float64(x)
		sq += float64(x) * float64(x)
	}
	mean := sum / float64(len(f))
	std := math.Sqrt(sq/float64(len(f)) - mean*mean)
	if math.Abs(mean) > 1e-4 || math.Abs(std-RandomStd) > 1e-3 {
		t.Errorf("mean %g, std %g; want 0 and %g", mean, std, RandomStd)
	}
	ones, _ := toFloat32(randomTensor(manifestDTypes["bf16"], 5, 1, 1, true), manifestDTypes["bf16"])
	if diff := cmp.Diff([]float32{1, 1, 1, 1, 1}, ones); diff != "" {
		t.Errorf("ones (-want +got):\n%s", diff)
	}
}

func TestDeviceBandwidth(t *testing.T) {
	// H100 SXM: 2619 MHz HBM3 on a 5120-bit bus.
	d := &Device{MemoryClockKHz: 2619000, MemoryBusBits: 5120, ComputeCapability: [2]int{9, 0}}
	if got := d.MemoryBandwidthGBs(); math.Abs(got-3352.32) > 0.01 {
		t.Errorf("bandwidth %.2f GB/s, want 3352.32", got)
	}
	if d.Arch() != "sm_90" {
		t.Errorf("arch %s", d.Arch())
	}
}

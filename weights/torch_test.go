package weights

import (
	"archive/zip"
	"bytes"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The fixtures come from testdata/make_torch_fixtures.py; the values below are its formulas.
const torchFixture = "testdata/torch/pytorch_model.bin"

func TestTorchFixture(t *testing.T) {
	c := mustOpen(t, torchFixture)
	wantNames := []string{"half.weight", "layers.0.a", "layers.0.b", "layers.0.c", "lm_head.weight", "model.embed_tokens.weight", "model.norm.weight", "position_ids", "scale"}
	if diff := cmp.Diff(wantNames, c.Names()); diff != "" {
		t.Fatalf("Names (-want +got):\n%s", diff)
	}
	seq := func(n int, f func(i int) float32) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = f(i)
		}
		return v
	}
	shared := seq(10, func(i int) float32 { return float32(i)*0.5 - 2 })
	emb := seq(12, func(i int) float32 { return float32(i-6) * 0.25 })
	tests := []struct {
		name  string
		dtype DType
		shape []int64
		want  []float32
	}{
		{"model.embed_tokens.weight", BF16, []int64{4, 3}, emb},
		{"lm_head.weight", BF16, []int64{4, 3}, emb},
		{"model.norm.weight", F32, []int64{5}, []float32{0.1, -2.5, 3.14159, 1e-8, float32(math.Copysign(0, -1))}},
		{"layers.0.a", BF16, []int64{2, 3}, shared[0:6]},
		{"layers.0.b", BF16, []int64{4}, shared[6:10]},
		{"layers.0.c", BF16, []int64{1, 3}, shared[7:10]},
		{"half.weight", F16, []int64{2, 2}, []float32{1, -2, 0.5, 65504}},
		{"position_ids", I64, []int64{3}, []float32{1, -2, 1 << 40}},
		{"scale", F32, []int64{}, []float32{42.5}},
	}
	for _, tt := range tests {
		x := mustTensor(t, c, tt.name)
		if x.DType != tt.dtype || !cmp.Equal(x.Shape, tt.shape) {
			t.Errorf("%s is %v %v, want %v %v", tt.name, x.DType, x.Shape, tt.dtype, tt.shape)
			continue
		}
		got, err := x.Float32s()
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s values (-want +got):\n%s", tt.name, diff)
		}
		if x.File != torchFixture {
			t.Errorf("%s: File = %q, want %q", tt.name, x.File, torchFixture)
		}
	}
	if len(c.Metadata()) != 0 {
		t.Errorf("Metadata() = %v, want none for a torch file", c.Metadata())
	}
}

// TestTorchOffsets checks that Offset is the absolute file position of the data, including
// entries at odd offsets and views at a storage_offset.
func TestTorchOffsets(t *testing.T) {
	raw, err := os.ReadFile(torchFixture)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	entryOff := map[string]int64{}
	for _, f := range zr.File {
		off, err := f.DataOffset()
		if err != nil {
			t.Fatal(err)
		}
		entryOff[f.Name] = off
	}
	c := mustOpen(t, torchFixture)
	tests := []struct {
		name      string
		entry     string
		elemStart int64
		aligned   bool // torch-style 64-byte alignment; the others start at odd bytes
	}{
		{"model.embed_tokens.weight", "archive/data/0", 0, true},
		{"model.norm.weight", "archive/data/1", 0, false},
		{"layers.0.a", "archive/data/2", 0, false},
		{"layers.0.b", "archive/data/2", 6, false},
		{"layers.0.c", "archive/data/2", 7, false},
	}
	for _, tt := range tests {
		x := mustTensor(t, c, tt.name)
		want := entryOff[tt.entry] + tt.elemStart*int64(x.DType.Size())
		if x.Offset != want {
			t.Errorf("%s: Offset %d, want %d", tt.name, x.Offset, want)
		}
		if base := entryOff[tt.entry]; (base%64 == 0) != tt.aligned || (!tt.aligned && base%2 == 0) {
			t.Errorf("%s: entry %s starts at byte %d; the fixture should make it aligned=%v", tt.name, tt.entry, base, tt.aligned)
		}
		if !bytes.Equal(raw[x.Offset:x.Offset+int64(len(x.Data))], x.Data) {
			t.Errorf("%s: Data differs from the file bytes at Offset", tt.name)
		}
	}
}

func TestTorchMalformed(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"noncontiguous.bin", []string{`tensor "t"`, `storage "0"`, "stride [1 2] is not contiguous for size [2 3], expected [3 1]"}},
		{"offset_past_end.bin", []string{`tensor "t"`, "storage_offset 4 + 3 elements runs past the storage's 6 elements"}},
		{"storage_size.bin", []string{`tensor "t"`, `zip entry "archive/data/0" at file byte`, "entry holds 8 bytes, expected 12 (3 F32 elements)"}},
		{"compressed.bin", []string{`tensor "t"`, "is compressed (method 8), expected stored"}},
		{"nested.bin", []string{`entry "state_dict" is a dict, expected a tensor`, "nested checkpoints"}},
		{"evil.bin", []string{`zip entry "archive/data.pkl"`, "refusing class posix.system"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata/torch", tt.file)
			c, err := Open(path)
			if err == nil {
				c.Close()
			}
			wantErr(t, err, append([]string{path + ": "}, tt.want...)...)
		})
	}
}

func TestTorchDamaged(t *testing.T) {
	raw, err := os.ReadFile(torchFixture)
	if err != nil {
		t.Fatal(err)
	}
	pklOff := bytes.Index(raw, []byte("\x80\x02ccollections"))
	tests := []struct {
		name string
		file []byte
		want []string
	}{
		{"truncated", raw[:len(raw)/2], []string{"reading the zip directory", "truncated"}},
		{"not a zip", []byte("hello world"), []string{`byte 0: expected a zip archive`}},
		{"legacy pickle", []byte("\x80\x02\x8a\x0alegacy"), []string{"legacy torch.save format", "not supported"}},
		{"bad protocol", corrupt(raw, pklOff+1, 0xff), []string{`zip entry "archive/data.pkl" (file byte 46)`, "byte 2: unsupported pickle protocol: 255"}},
		{"length past the end", corrupt(raw, pklOff+2, 0x8e), []string{"byte 2: opcode 0x8e needs", "bytes of argument, but only"}},
		{"unknown opcode", corrupt(raw, pklOff+2, 0xfe), []string{"pickle byte 2: unknown opcode 0xfe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeTemp(t, "pytorch_model.bin", tt.file)
			c, err := Open(path)
			if err == nil {
				c.Close()
			}
			wantErr(t, err, append([]string{path + ": "}, tt.want...)...)
		})
	}
}

// corrupt returns a copy of b with b[i] = v.
func corrupt(b []byte, i int, v byte) []byte {
	out := bytes.Clone(b)
	out[i] = v
	return out
}

func TestPickleWhitelist(t *testing.T) {
	tests := []struct {
		name string
		pkl  string
		want string
	}{
		{"os.system", "\x80\x02cos\nsystem\nX\x02\x00\x00\x00lsq\x00\x85R.", "refusing class os.system"},
		{"builtins.eval", "\x80\x02cbuiltins\neval\n.", "refusing class builtins.eval"},
		{"torch.load", "\x80\x02ctorch\nload\n.", "refusing class torch.load"},
		{"not a dict", "\x80\x02K\x05.", "the pickle holds int 5, expected a dict of tensors"},
		{"no stop", "\x80\x02}", "pickle ends without a STOP opcode"},
		{"huge bytes", "\x80\x04\x8e\xff\xff\xff\xff\xff\xff\xff\x7f.", "needs 9223372036854775807 bytes of argument"},
		{"bad persistent id", "\x80\x02}X\x01\x00\x00\x00aK\x01Qs.", "persistent id is int 1, expected a tuple"},
		{"extension code", "\x80\x02\x82\x01.", "refusing extension code 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseTorchZip("x.bin", torchZip(t, []byte(tt.pkl)))
			wantErr(t, err, "x.bin: ", tt.want)
		})
	}
}

// torchZip builds a torch.save-style archive around data.pkl bytes, with one 16-byte storage
// "0" (also the layout FuzzPickle uses).
func torchZip(tb testing.TB, pkl []byte) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, e := range []struct {
		name string
		data []byte
	}{{"archive/data.pkl", pkl}, {"archive/data/0", make([]byte, 16)}, {"archive/version", []byte("3\n")}} {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Store})
		if err != nil {
			tb.Fatal(err)
		}
		w.Write(e.data)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

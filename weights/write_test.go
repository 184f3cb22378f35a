package weights

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWriteRoundTrip(t *testing.T) {
	f32 := []float32{1, -2, 0.5, 3.25, 1e-3, -7}
	enc := func(dt DType, v []float32) []byte {
		b, err := EncodeFloat32(dt, v)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	in := []WriteTensor{
		{Name: "b.f32", DType: F32, Shape: []int64{2, 3}, Data: enc(F32, f32)},
		{Name: "a.bf16", DType: BF16, Shape: []int64{3, 2}, Data: enc(BF16, f32)},
		{Name: "c.f16", DType: F16, Shape: []int64{6}, Data: enc(F16, f32)},
		{Name: "ids", DType: I32, Shape: []int64{3}, Data: EncodeInt32([]int32{2, 40, -1})},
		{Name: "empty", DType: F32, Shape: []int64{0, 4}, Data: nil},
		{Name: "scalar", DType: F64, Shape: []int64{}, Data: enc(F64, []float32{2.5})},
		{Name: "odd \"name\" <&>", DType: U8, Shape: []int64{3}, Data: []byte{1, 2, 3}},
	}
	meta := map[string]string{"format": "pt", "note": "written by \"mtc\"\n"}
	path := filepath.Join(t.TempDir(), "out.safetensors")
	if err := Write(path, in, meta); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n := binary.LittleEndian.Uint64(raw)
	if (8+n)%8 != 0 {
		t.Errorf("data section starts at %d, want a multiple of 8", 8+n)
	}
	if raw[8+n-1] != '}' && raw[8+n-1] != ' ' {
		t.Errorf("header ends with %q, want '}' or space padding", raw[8+n-1])
	}
	c := mustOpen(t, path)
	if diff := cmp.Diff(meta, c.Metadata()); diff != "" {
		t.Errorf("metadata (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a.bf16", "b.f32", "c.f16", "empty", "ids", "odd \"name\" <&>", "scalar"}, c.Names()); diff != "" {
		t.Errorf("Names (-want +got):\n%s", diff)
	}
	off := int64(8 + n)
	for _, w := range in {
		x := mustTensor(t, c, w.Name)
		got := WriteTensor{Name: x.Name, DType: x.DType, Shape: x.Shape, Data: x.Data}
		if diff := cmp.Diff(w, got, cmp.Comparer(func(a, b []byte) bool { return string(a) == string(b) })); diff != "" {
			t.Errorf("%s (-want +got):\n%s", w.Name, diff)
		}
		if x.Offset != off { // given order, no gaps
			t.Errorf("%s at offset %d, want %d", w.Name, x.Offset, off)
		}
		off += int64(len(w.Data))
	}
	v, err := mustTensor(t, c, "a.bf16").Float32s()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float32{1, -2, 0.5, 3.25, BF16ToF32(F32ToBF16(1e-3)), -7}, v); diff != "" {
		t.Errorf("a.bf16 values (-want +got):\n%s", diff)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*tmp*"))
	if len(left) != 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestWriteErrors(t *testing.T) {
	tests := []struct {
		name    string
		tensors []WriteTensor
		meta    map[string]string
		want    string
	}{
		{"short data", []WriteTensor{{Name: "x", DType: F32, Shape: []int64{2}, Data: make([]byte, 4)}}, nil, `tensor "x": data is 4 bytes, expected 8 (F32 [2])`},
		{"duplicate", []WriteTensor{{Name: "x", DType: U8, Shape: []int64{1}, Data: []byte{1}}, {Name: "x", DType: U8, Shape: []int64{1}, Data: []byte{1}}}, nil, `duplicate name "x"`},
		{"reserved name", []WriteTensor{{Name: "__metadata__", DType: U8, Shape: []int64{0}}}, nil, "reserved"},
		{"negative dim", []WriteTensor{{Name: "x", DType: U8, Shape: []int64{-1}}}, nil, "shape[0] = -1"},
		{"invalid dtype", []WriteTensor{{Name: "x", Shape: []int64{0}}}, nil, "invalid dtype"},
		{"bad utf8 name", []WriteTensor{{Name: "x\xff", DType: U8, Shape: []int64{0}}}, nil, "not valid UTF-8"},
		{"bad utf8 metadata", nil, map[string]string{"k": "\xff"}, "valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "x.safetensors")
			err := Write(path, tt.tensors, tt.meta)
			wantErr(t, err, path, tt.want)
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("files left after a failed Write: %v", entries)
			}
		})
	}
}

func TestWriteReplacesAtomically(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.safetensors")
	for i, v := range []byte{7, 9} {
		if err := Write(path, []WriteTensor{{Name: "v", DType: U8, Shape: []int64{1}, Data: []byte{v}}}, nil); err != nil {
			t.Fatal(err)
		}
		c := mustOpen(t, path)
		if got := mustTensor(t, c, "v").Data[0]; got != v {
			t.Errorf("write %d: read %d, want %d", i, got, v)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries, want only the checkpoint", len(entries))
	}
}

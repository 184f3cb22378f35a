package weights

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzOpenSafetensors feeds arbitrary file images to the safetensors parser behind Open. It
// must never panic, and what it accepts must be self-consistent and survive a write/read round
// trip.
func FuzzOpenSafetensors(f *testing.F) {
	for _, tt := range malformedCases {
		f.Add(tt.file)
	}
	f.Add(rawSafetensors(validHeader, make([]byte, 20)))
	f.Add(rawSafetensors(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"b":{"dtype":"U8","shape":[1],"data_offsets":[3,4]}}`, make([]byte, 6)))
	if b, err := os.ReadFile(filepath.Join(nemotronDir, "tiny-bf16", "reference.safetensors")); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tensors, meta, err := parseSafetensors("fuzz.safetensors", data)
		if err != nil {
			return
		}
		var ws []WriteTensor
		for _, x := range tensors {
			want, ok := byteSize(x.Shape, x.DType.Size())
			if !ok || int64(len(x.Data)) != want {
				t.Fatalf("tensor %q: %d bytes for %v %v", x.Name, len(x.Data), x.DType, x.Shape)
			}
			if x.Offset < 8 || x.Offset+want > int64(len(data)) || !bytes.Equal(data[x.Offset:x.Offset+want], x.Data) {
				t.Fatalf("tensor %q: Offset %d does not locate its %d bytes in a %d-byte file", x.Name, x.Offset, want, len(data))
			}
			ws = append(ws, WriteTensor{Name: x.Name, DType: x.DType, Shape: x.Shape, Data: x.Data})
		}
		hdr, err := encodeHeader(ws, meta)
		if err != nil {
			t.Fatalf("accepted tensors cannot be written back: %v", err)
		}
		img := rawSafetensors(string(hdr), nil)
		for _, w := range ws {
			img = append(img, w.Data...)
		}
		again, meta2, err := parseSafetensors("again.safetensors", img)
		if err != nil {
			t.Fatalf("rewritten file does not parse: %v", err)
		}
		if len(again) != len(tensors) || len(meta2) != len(meta) {
			t.Fatalf("round trip: %d tensors and %d metadata keys, want %d and %d", len(again), len(meta2), len(tensors), len(meta))
		}
		for i, x := range again {
			y := tensors[i]
			if x.Name != y.Name || x.DType != y.DType || !bytes.Equal(x.Data, y.Data) || len(x.Shape) != len(y.Shape) {
				t.Fatalf("round trip changed tensor %q", y.Name)
			}
		}
	})
}

// pickleSeeds returns the data.pkl of every torch fixture.
func pickleSeeds(tb testing.TB) [][]byte {
	paths, _ := filepath.Glob("testdata/torch/*.bin")
	more, _ := filepath.Glob("testdata/torch/sharded/*.bin")
	var out [][]byte
	for _, p := range append(paths, more...) {
		zr, err := zip.OpenReader(p)
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range zr.File {
			if filepath.Base(f.Name) == "data.pkl" {
				rc, err := f.Open()
				if err != nil {
					tb.Fatal(err)
				}
				var b bytes.Buffer
				b.ReadFrom(rc)
				rc.Close()
				out = append(out, b.Bytes())
			}
		}
		zr.Close()
	}
	if len(out) == 0 {
		tb.Fatal("no data.pkl seeds in testdata/torch")
	}
	return out
}

// FuzzPickle feeds arbitrary data.pkl contents (in an archive with one 16-byte storage "0") to
// the torch reader. It must never panic or run anything, and accepted tensors must lie inside
// the file.
func FuzzPickle(f *testing.F) {
	for _, s := range pickleSeeds(f) {
		f.Add(s)
	}
	f.Add([]byte("\x80\x02cos\nsystem\nX\x02\x00\x00\x00lsq\x00\x85R."))
	f.Add([]byte("\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00}\x94."))
	f.Fuzz(func(t *testing.T, pkl []byte) {
		img := torchZip(t, pkl)
		checkTorch(t, img)
	})
}

// FuzzTorchZip feeds arbitrary archives to the torch reader.
func FuzzTorchZip(f *testing.F) {
	paths, _ := filepath.Glob("testdata/torch/*.bin")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, img []byte) { checkTorch(t, img) })
}

// checkTorch parses a torch archive image and checks what it accepts.
func checkTorch(t *testing.T, img []byte) {
	tensors, err := parseTorchZip("fuzz.bin", img)
	if err != nil {
		return
	}
	for _, x := range tensors {
		want, ok := byteSize(x.Shape, x.DType.Size())
		if !ok || int64(len(x.Data)) != want {
			t.Fatalf("tensor %q: %d bytes for %v %v", x.Name, len(x.Data), x.DType, x.Shape)
		}
		if x.Offset < 0 || x.Offset+want > int64(len(img)) || !bytes.Equal(img[x.Offset:x.Offset+want], x.Data) {
			t.Fatalf("tensor %q: Offset %d does not locate its %d bytes in a %d-byte file", x.Name, x.Offset, want, len(img))
		}
		if _, err := x.Float32s(); err != nil && x.DType.IsFloat() {
			t.Fatalf("tensor %q: %v", x.Name, err)
		}
	}
}

//go:build linux

package weights

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

// The real checkpoints are 8-31 GB. TestHugeSparse opens a 16 GiB tensor in both formats from
// sparse files (a few KB on disk) to show that Open maps rather than reads, that offsets past
// 4 GiB (zip64) work, and that memory does not grow with the file.

const hugeRows, hugeCols = 65536, 131072 // BF16: 16 GiB

func TestHugeSparse(t *testing.T) {
	if testing.Short() {
		t.Skip("creates 16 GiB sparse files")
	}
	dir := t.TempDir()
	if !sparseFiles(dir) {
		t.Skip("the temporary folder's filesystem has no sparse files")
	}
	numel := int64(hugeRows * hugeCols)
	tail := []float32{1, 2, 3, 4}
	tailBytes, _ := EncodeFloat32(BF16, tail)

	// safetensors: the big tensor, then a small F32 one.
	stPath := filepath.Join(dir, "model.safetensors")
	hdr := fmt.Sprintf(`{"big":{"dtype":"BF16","shape":[%d,%d],"data_offsets":[0,%d]},"small":{"dtype":"F32","shape":[2],"data_offsets":[%d,%d]}}`,
		hugeRows, hugeCols, 2*numel, 2*numel, 2*numel+8)
	f, err := os.Create(stPath)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(rawSafetensors(hdr, nil))
	base := int64(8 + len(hdr))
	f.WriteAt(tailBytes, base+2*numel-8)
	small, _ := EncodeFloat32(F32, []float32{1.5, -2})
	if _, err := f.WriteAt(small, base+2*numel); err != nil {
		t.Fatal(err)
	}
	f.Close()

	// torch zip: storage 0 is the big tensor, viewed twice (whole, and its last 4 elements).
	binPath := filepath.Join(dir, "pytorch_model.bin")
	writeSparseTorchZip(t, binPath, numel, tailBytes)
	if st, err := os.Stat(binPath); err != nil || st.Size() < 2*numel {
		t.Fatalf("%s: %v, want a file of at least %d bytes", binPath, err, 2*numel)
	}

	for _, path := range []string{stPath, binPath} {
		before := rssBytes(t)
		c := mustOpen(t, path)
		if grown := rssBytes(t) - before; grown > 64<<20 {
			t.Errorf("%s: resident memory grew by %d MB in Open", path, grown>>20)
		}
		big := mustTensor(t, c, "big")
		if big.DType != BF16 || !cmp.Equal(big.Shape, []int64{hugeRows, hugeCols}) || int64(len(big.Data)) != 2*numel {
			t.Fatalf("%s: big is %v %v with %d bytes", path, big.DType, big.Shape, len(big.Data))
		}
		got := make([]float32, 4)
		BF16BytesToF32(got, big.Data[len(big.Data)-8:])
		if diff := cmp.Diff(tail, got); diff != "" {
			t.Errorf("%s: last elements of big (-want +got):\n%s", path, diff)
		}
		s := mustTensor(t, c, "small")
		if v, _ := s.Float32s(); !cmp.Equal(v, []float32{1.5, -2}) || s.Offset < 4<<30 {
			t.Errorf("%s: small = %v at offset %d, want [1.5 -2] beyond 4 GiB", path, v, s.Offset)
		}
		if path == binPath {
			if v, _ := mustTensor(t, c, "tail").Float32s(); !cmp.Equal(v, tail) {
				t.Errorf("tail view = %v, want %v", v, tail)
			}
		}
	}
}

// writeSparseTorchZip writes a torch.save archive with a numel-element BF16 storage whose
// bytes are a hole except for its last 8 (tailBytes), and a 2-element F32 storage after it.
func writeSparseTorchZip(t *testing.T, path string, numel int64, tailBytes []byte) {
	t.Helper()
	pkl := "\x80\x02ccollections\nOrderedDict\n)R(" +
		tensorPickle("big", "BFloat16Storage", "0", numel, 0, []int64{hugeRows, hugeCols}) +
		tensorPickle("tail", "BFloat16Storage", "0", numel, numel-4, []int64{4}) +
		tensorPickle("small", "FloatStorage", "1", 2, 0, []int64{2}) + "u."
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zw := zip.NewWriter(&holeWriter{f: f})
	add := func(name string, size uint64, write func(io.Writer)) {
		w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Store, CompressedSize64: size, UncompressedSize64: size})
		if err != nil {
			t.Fatal(err)
		}
		write(w)
	}
	add("archive/data.pkl", uint64(len(pkl)), func(w io.Writer) { io.WriteString(w, pkl) })
	add("archive/data/0", uint64(2*numel), func(w io.Writer) {
		for left := 2*numel - 8; left > 0; {
			n := min(left, int64(len(zeroChunk)))
			w.Write(zeroChunk[:n])
			left -= n
		}
		w.Write(tailBytes)
	})
	small, _ := EncodeFloat32(F32, []float32{1.5, -2})
	add("archive/data/1", 8, func(w io.Writer) { w.Write(small) })
	add("archive/version", 2, func(w io.Writer) { io.WriteString(w, "3\n") })
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}

// tensorPickle is one protocol-2 SETITEMS pair: name -> _rebuild_tensor_v2(storage, ...).
func tensorPickle(name, storage, key string, numel, offset int64, size []int64) string {
	tuple := func(v []int64) string {
		s := "("
		for _, x := range v {
			s += "L" + strconv.FormatInt(x, 10) + "L\n"
		}
		return s + "t"
	}
	stride := contiguousStrides(size)
	return "X" + le32str(name) + "ctorch._utils\n_rebuild_tensor_v2\n(" +
		"(X" + le32str("storage") + "ctorch\n" + storage + "\nX" + le32str(key) + "X" + le32str("cpu") + "L" + strconv.FormatInt(numel, 10) + "L\ntQ" +
		"L" + strconv.FormatInt(offset, 10) + "L\n" + tuple(size) + tuple(stride) + "\x89ccollections\nOrderedDict\n)RtR"
}

func le32str(s string) string {
	n := len(s)
	return string([]byte{byte(n), byte(n >> 8), byte(n >> 16), byte(n >> 24)}) + s
}

// zeroChunk is the buffer holeWriter turns into holes.
var zeroChunk = make([]byte, 1<<20)

// holeWriter writes to f, but seeks over writes that come from zeroChunk, leaving holes.
type holeWriter struct{ f *os.File }

func (h *holeWriter) Write(p []byte) (int, error) {
	if len(p) > 0 {
		lo := uintptr(unsafe.Pointer(&zeroChunk[0]))
		if q := uintptr(unsafe.Pointer(&p[0])); q >= lo && q < lo+uintptr(len(zeroChunk)) {
			_, err := h.f.Seek(int64(len(p)), io.SeekCurrent)
			return len(p), err
		}
	}
	return h.f.Write(p)
}

// sparseFiles reports whether files in dir can have holes (so the test does not write 16 GiB).
func sparseFiles(dir string) bool {
	p := filepath.Join(dir, "probe")
	f, err := os.Create(p)
	if err != nil {
		return false
	}
	defer os.Remove(p)
	defer f.Close()
	if _, err := f.WriteAt([]byte{1}, 256<<20); err != nil {
		return false
	}
	var st syscall.Stat_t
	if syscall.Fstat(int(f.Fd()), &st) != nil {
		return false
	}
	return st.Blocks*512 < 1<<20
}

// rssBytes returns the resident set size of this process.
func rssBytes(t *testing.T) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status")
	}
	for _, l := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	t.Skip("no VmRSS")
	return 0
}

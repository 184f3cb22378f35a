package runtime

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/artifact"
)

// TestAllocKV checks the sizes of a session's KV regions, that they start zeroed, and that an
// unknown element type is refused.
func TestAllocKV(t *testing.T) {
	slots := []artifact.Slot{
		{Width: 4},
		{Width: 4, DType: "bf16", Align: 32, Scratch: 100},
	}
	kv, err := allocKV(slots, 10)
	if err != nil {
		t.Fatal(err)
	}
	defer freeRegions(kv)
	var sizes []int
	for _, r := range kv {
		sizes = append(sizes, len(r.data))
		for i, b := range r.data {
			if b != 0 {
				t.Fatalf("byte %d of a fresh region is %d", i, b)
			}
		}
	}
	// f32: 10 positions of 4; bf16: 32 positions of 4, then 100 bytes of scratch after V.
	if diff := cmp.Diff([]int{160, 160, 256, 356}, sizes); diff != "" {
		t.Errorf("region sizes (-want +got):\n%s", diff)
	}
	if _, err := allocKV([]artifact.Slot{{Width: 4}, {Width: 4, DType: "f8"}}, 10); err == nil || !strings.Contains(err.Error(), `slot 1 has unknown dtype "f8"`) {
		t.Errorf("unknown dtype: error %v", err)
	}
}

package artifact_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/artifact"
)

// TestSlotSizes checks the sizes the runtime allocates for a KV-cache slot.
func TestSlotSizes(t *testing.T) {
	tests := []struct {
		slot           artifact.Slot
		capacity       int64
		positions      int64
		kBytes, vBytes int64
	}{
		{artifact.Slot{Width: 8}, 10, 10, 320, 320},
		{artifact.Slot{Width: 8, DType: "f32", Align: 32, Scratch: 100}, 10, 32, 1024, 1124},
		{artifact.Slot{Width: 8, DType: "f16", Align: 32}, 64, 64, 1024, 1024},
		{artifact.Slot{Width: 3, DType: "bf16", Align: 16, Scratch: 64}, 17, 32, 192, 256},
		{artifact.Slot{Width: 3, Align: 1}, 7, 7, 84, 84},
	}
	for _, tt := range tests {
		got := []int64{tt.slot.Positions(tt.capacity), tt.slot.KBytes(tt.capacity), tt.slot.VBytes(tt.capacity)}
		if diff := cmp.Diff([]int64{tt.positions, tt.kBytes, tt.vBytes}, got); diff != "" {
			t.Errorf("%+v at capacity %d: positions, K bytes, V bytes (-want +got):\n%s", tt.slot, tt.capacity, diff)
		}
	}
}

// TestSlotValidation checks that Validate refuses slots the runtime could not allocate.
func TestSlotValidation(t *testing.T) {
	tests := []struct {
		slot artifact.Slot
		want string
	}{
		{artifact.Slot{Width: 4, DType: "f8"}, `kv_slots[0]: unknown dtype "f8" (want f32, f16 or bf16)`},
		{artifact.Slot{Width: 4, Align: -1}, "kv_slots[0]: align -1 and scratch 0 must be non-negative"},
		{artifact.Slot{Width: 4, Scratch: -8}, "kv_slots[0]: align 0 and scratch -8 must be non-negative"},
	}
	for _, tt := range tests {
		m := sample()
		m.Slots = []artifact.Slot{tt.slot}
		err := m.Validate()
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%+v: error %v, want %q", tt.slot, err, tt.want)
		}
	}
	m := sample()
	m.Slots = []artifact.Slot{{Width: 4, DType: "bf16", Align: 32, Scratch: 1 << 20}}
	if err := m.Validate(); err != nil && strings.Contains(err.Error(), "kv_slots") {
		t.Errorf("a valid bf16 slot: %v", err)
	}
}

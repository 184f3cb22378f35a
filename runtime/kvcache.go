package runtime

import (
	"fmt"

	"github.com/mtc-dev/mtc/artifact"
)

// allocKV allocates the KV cache of a session: for every slot its K region and its V region
// (values, then the slot's scratch), sized by the slot's element type and position alignment
// (artifact.Slot). Regions are anonymous mappings, so they start zero-filled and lie outside
// the Go heap. On failure nothing stays allocated.
func allocKV(slots []artifact.Slot, capacity int64) ([]*region, error) {
	kv := make([]*region, 0, 2*len(slots))
	for i, sl := range slots {
		if sl.ElemBytes() == 0 {
			freeRegions(kv)
			return nil, fmt.Errorf("KV cache: slot %d has unknown dtype %q", i, sl.DType)
		}
		for _, size := range []int64{sl.KBytes(capacity), sl.VBytes(capacity)} {
			r, err := allocRegion(size)
			if err != nil {
				freeRegions(kv)
				return nil, fmt.Errorf("KV cache: slot %d (%d bytes): %w", i, size, err)
			}
			kv = append(kv, r)
		}
	}
	return kv, nil
}

// freeRegions frees regions allocated so far.
func freeRegions(rs []*region) {
	for _, r := range rs {
		r.free()
	}
}

package cuda

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	goruntime "runtime"
	"sync"
	"unsafe"

	"github.com/mtc-dev/mtc/artifact"
)

// Config holds the CUDA runtime's options.
type Config struct {
	// Device is the ordinal of the GPU to run on.
	Device int
	// Capacity is the KV-cache capacity in positions (0: the model's max_position_embeddings,
	// at most DefaultCapacity).
	Capacity int
}

// DefaultCapacity bounds the KV-cache capacity chosen when Config.Capacity is 0.
const DefaultCapacity = 4096

// ArgmaxOp is the Op of the argmax kernel in a CUDA artifact's kernel table (codegen/ptx's
// OpArgmax): bufs = [out i32 [rows], logits f32 [rows, vocab]], split = rows.
const ArgmaxOp = "argmax"

// Model is a CUDA artifact loaded on a GPU: a context, the PTX module with every kernel
// resolved, and (after Bind or BindRandom) the weights in device memory. A Model may serve
// several Sessions; its methods and its sessions' methods may be called from any goroutine,
// one at a time per session (the model serialises driver calls).
type Model struct {
	Dir      string
	Manifest *artifact.Manifest
	Device   *Device

	capacity int
	plan     *plan
	dr       *driver
	ctx, mod uintptr
	fns      []uintptr // fns[i]: Manifest.Kernels[i]
	dev      int32

	mu      sync.Mutex
	params  *hostRegion // kernel parameter block for cuLaunchKernel
	weights []uint64    // device address of Manifest.Weights[i] (0: not on the device)
	owned   []uint64    // device allocations of the weights
	unused  []string
	closed  bool
}

// Open loads the CUDA artifact in dir on GPU cfg.Device: it validates the manifest (every
// file's size and SHA-256, the kernel table and the program), then loads the driver, creates a
// context, has the driver compile the PTX for the GPU and resolves every kernel. A machine
// without the NVIDIA driver or without a GPU gets an error that says so.
func Open(dir string, cfg Config) (*Model, error) {
	m, err := artifact.Read(dir)
	if err != nil {
		return nil, err
	}
	mpath := filepath.Join(dir, artifact.ManifestFile)
	if m.Target != artifact.TargetCUDA {
		return nil, fmt.Errorf("%s: target %q, this runtime runs %q artifacts (recompile with --target cuda)", mpath, m.Target, artifact.TargetCUDA)
	}
	capacity, err := chooseCapacity(mpath, cfg.Capacity, m.Model.MaxPositions)
	if err != nil {
		return nil, err
	}
	pl, err := newPlan(mpath, m, capacity)
	if err != nil {
		return nil, err
	}
	ptxPath := m.Path(dir, artifact.FilePTX)
	ptx, err := os.ReadFile(ptxPath)
	if err != nil {
		return nil, err
	}
	dr, err := openDriver()
	if err != nil {
		return nil, err
	}
	d, dev, err := dr.device(cfg.Device)
	if err != nil {
		return nil, err
	}
	md := &Model{Dir: dir, Manifest: m, Device: d, capacity: capacity, plan: pl, dr: dr, dev: dev}
	if md.params, err = allocHost(4096); err != nil {
		return nil, err
	}
	if err := md.load(ptxPath, ptx); err != nil {
		md.Close()
		return nil, err
	}
	return md, nil
}

// load creates the context and the module and resolves the kernels.
func (md *Model) load(ptxPath string, ptx []byte) error {
	a := md.dr.api
	goruntime.LockOSThread()
	defer goruntime.UnlockOSThread()
	if err := a.check(a.cuCtxCreate(&md.ctx, 0, md.dev), "cuCtxCreate", md.Device.Name); err != nil {
		return err
	}
	logBuf, err := allocHost(1 << 16)
	if err != nil {
		return err
	}
	defer logBuf.free()
	opts := []int32{jitErrorLogBuffer, jitErrorLogBufferSize}
	vals := []uintptr{uintptr(unsafe.Pointer(&logBuf.data[0])), uintptr(len(logBuf.data))}
	image := append(ptx, 0)
	r := a.cuModuleLoadDataEx(&md.mod, unsafe.Pointer(&image[0]), 2, unsafe.Pointer(&opts[0]), unsafe.Pointer(&vals[0]))
	goruntime.KeepAlive(image)
	goruntime.KeepAlive(opts)
	goruntime.KeepAlive(vals)
	if err := a.check(r, "cuModuleLoadDataEx", ptxPath); err != nil {
		if log := cString(&logBuf.data[0]); log != "" {
			return fmt.Errorf("%w; the PTX compiler says:\n%s", err, log)
		}
		return err
	}
	for _, k := range md.Manifest.Kernels {
		var fn uintptr
		name := cBytes(k.Symbol)
		if err := a.check(a.cuModuleGetFunction(&fn, md.mod, &name[0]), "cuModuleGetFunction", fmt.Sprintf("%s in %s", k.Symbol, ptxPath)); err != nil {
			return err
		}
		if k.SharedBytes > 48<<10 {
			if k.SharedBytes > md.Device.MaxSharedOptIn {
				return fmt.Errorf("%s: kernel %s needs %d bytes of shared memory, %s allows %d per block", ptxPath, k.Name, k.SharedBytes, md.Device.Name, md.Device.MaxSharedOptIn)
			}
			if err := a.check(a.cuFuncSetAttribute(fn, funcAttrMaxDynShared, int32(k.SharedBytes)), "cuFuncSetAttribute", k.Symbol); err != nil {
				return err
			}
		}
		md.fns = append(md.fns, fn)
	}
	return nil
}

// do runs f with the model's context current on the calling thread, one caller at a time.
func (md *Model) do(f func(a *api) error) error {
	md.mu.Lock()
	defer md.mu.Unlock()
	if md.closed {
		return errors.New("cuda: the model is closed")
	}
	goruntime.LockOSThread()
	defer goruntime.UnlockOSThread()
	a := md.dr.api
	if err := a.check(a.cuCtxSetCurrent(md.ctx), "cuCtxSetCurrent", ""); err != nil {
		return err
	}
	return f(a)
}

// Capacity returns the KV-cache capacity in positions.
func (md *Model) Capacity() int { return md.capacity }

// MemoryBandwidthGBs is the GPU's theoretical peak memory bandwidth in GB/s.
func (md *Model) MemoryBandwidthGBs() float64 { return md.Device.MemoryBandwidthGBs() }

// Unused describes the checkpoint tensors the program does not read (after Bind).
func (md *Model) Unused() []string { return append([]string(nil), md.unused...) }

// alloc allocates n bytes of device memory (at least one byte, so every buffer has an address).
func alloc(a *api, n int64, what string) (uint64, error) {
	if n < 0 {
		return 0, fmt.Errorf("cuda: %s: negative size %d", what, n)
	}
	var p uint64
	if err := a.check(a.cuMemAlloc(&p, uint64(max(n, 1))), "cuMemAlloc", fmt.Sprintf("%s, %d bytes", what, n)); err != nil {
		return 0, err
	}
	return p, nil
}

// upload copies b to device address p.
func upload(a *api, p uint64, b []byte, what string) error {
	if len(b) == 0 {
		return nil
	}
	r := a.cuMemcpyHtoD(p, unsafe.Pointer(&b[0]), uint64(len(b)))
	goruntime.KeepAlive(b)
	return a.check(r, "cuMemcpyHtoD", what)
}

// freeWeights releases the weights on the device.
func (md *Model) freeWeights(a *api) {
	for _, p := range md.owned {
		a.cuMemFree(p)
	}
	md.owned = nil
	md.weights = nil
}

// Close frees the weights, unloads the module and destroys the context. Sessions of the model
// must be closed first.
func (md *Model) Close() error {
	if md.dr == nil || md.closed {
		return nil
	}
	var err error
	if md.ctx != 0 {
		err = md.do(func(a *api) error {
			a.cuCtxSynchronize()
			md.freeWeights(a)
			if md.mod != 0 {
				a.cuModuleUnload(md.mod)
			}
			return a.check(a.cuCtxDestroy(md.ctx), "cuCtxDestroy", "")
		})
	}
	md.closed = true
	md.params.free()
	return err
}

// chooseCapacity applies Config.Capacity's default and bounds.
func chooseCapacity(mpath string, want, maxPos int) (int, error) {
	switch {
	case want < 0:
		return 0, fmt.Errorf("KV-cache capacity %d must be positive (or 0 for the default)", want)
	case want == 0 && maxPos > 0:
		return min(maxPos, DefaultCapacity), nil
	case want == 0:
		return DefaultCapacity, nil
	case maxPos > 0 && want > maxPos:
		return 0, fmt.Errorf("%s: KV-cache capacity %d exceeds the model's max_position_embeddings %d", mpath, want, maxPos)
	}
	return want, nil
}

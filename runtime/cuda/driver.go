package cuda

import (
	"fmt"
	"unsafe"
)

// LibraryName is the CUDA driver library the package loads at run time.
const LibraryName = "libcuda.so.1"

// libraryName is LibraryName; tests point it elsewhere to exercise the "no driver" path.
var libraryName = LibraryName

// result is a CUresult.
type result int32

// Driver API results the package explains.
const (
	errInsufficientDriver result = 35  // CUDA_ERROR_INSUFFICIENT_DRIVER
	errNoDevice           result = 100 // CUDA_ERROR_NO_DEVICE
)

// JIT options of cuModuleLoadDataEx (CUjit_option).
const (
	jitErrorLogBuffer     = 5 // CU_JIT_ERROR_LOG_BUFFER
	jitErrorLogBufferSize = 6 // CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES
)

// Device attributes (CUdevice_attribute) the package reads.
const (
	attrMaxSharedOptin   = 97 // CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN
	attrMultiprocessors  = 16 // CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT
	attrMemoryClockKHz   = 36 // CU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE (kHz)
	attrMemoryBusWidth   = 37 // CU_DEVICE_ATTRIBUTE_GLOBAL_MEMORY_BUS_WIDTH (bits)
	attrComputeCapMajor  = 75 // CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR
	attrComputeCapMinor  = 76 // CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR
	funcAttrMaxDynShared = 8  // CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES
)

// api holds the driver entry points, bound with purego. Device pointers are uint64
// (CUdeviceptr), handles uintptr, host memory unsafe.Pointer.
type api struct {
	cuGetErrorName       func(r result, s **byte) result
	cuGetErrorString     func(r result, s **byte) result
	cuInit               func(flags uint32) result
	cuDriverGetVersion   func(v *int32) result
	cuDeviceGetCount     func(n *int32) result
	cuDeviceGet          func(dev *int32, ordinal int32) result
	cuDeviceGetName      func(name *byte, n int32, dev int32) result
	cuDeviceGetAttribute func(v *int32, attr int32, dev int32) result
	cuDeviceTotalMem     func(bytes *uint64, dev int32) result
	cuCtxCreate          func(ctx *uintptr, flags uint32, dev int32) result
	cuCtxDestroy         func(ctx uintptr) result
	cuCtxSetCurrent      func(ctx uintptr) result
	cuCtxSynchronize     func() result
	cuModuleLoadDataEx   func(mod *uintptr, image unsafe.Pointer, n uint32, opts, vals unsafe.Pointer) result
	cuModuleUnload       func(mod uintptr) result
	cuModuleGetFunction  func(fn *uintptr, mod uintptr, name *byte) result
	cuFuncSetAttribute   func(fn uintptr, attr int32, v int32) result
	cuMemAlloc           func(p *uint64, n uint64) result
	cuMemFree            func(p uint64) result
	cuMemGetInfo         func(free, total *uint64) result
	cuMemcpyHtoD         func(dst uint64, src unsafe.Pointer, n uint64) result
	cuMemcpyDtoH         func(dst unsafe.Pointer, src uint64, n uint64) result
	cuMemsetD8           func(dst uint64, v uint8, n uint64) result
	cuLaunchKernel       func(fn uintptr, gx, gy, gz, bx, by, bz, shared uint32, stream uintptr, params, extra unsafe.Pointer) result
	cuEventCreate        func(ev *uintptr, flags uint32) result
	cuEventDestroy       func(ev uintptr) result
	cuEventRecord        func(ev uintptr, stream uintptr) result
	cuEventSynchronize   func(ev uintptr) result
	cuEventElapsedTime   func(ms *float32, start, end uintptr) result
}

// symbols lists every entry point with its exported name (the _v2 names are the 64-bit ABI).
func (a *api) symbols() []struct {
	name string
	fn   any
} {
	return []struct {
		name string
		fn   any
	}{
		{"cuGetErrorName", &a.cuGetErrorName},
		{"cuGetErrorString", &a.cuGetErrorString},
		{"cuInit", &a.cuInit},
		{"cuDriverGetVersion", &a.cuDriverGetVersion},
		{"cuDeviceGetCount", &a.cuDeviceGetCount},
		{"cuDeviceGet", &a.cuDeviceGet},
		{"cuDeviceGetName", &a.cuDeviceGetName},
		{"cuDeviceGetAttribute", &a.cuDeviceGetAttribute},
		{"cuDeviceTotalMem_v2", &a.cuDeviceTotalMem},
		{"cuCtxCreate_v2", &a.cuCtxCreate},
		{"cuCtxDestroy_v2", &a.cuCtxDestroy},
		{"cuCtxSetCurrent", &a.cuCtxSetCurrent},
		{"cuCtxSynchronize", &a.cuCtxSynchronize},
		{"cuModuleLoadDataEx", &a.cuModuleLoadDataEx},
		{"cuModuleUnload", &a.cuModuleUnload},
		{"cuModuleGetFunction", &a.cuModuleGetFunction},
		{"cuFuncSetAttribute", &a.cuFuncSetAttribute},
		{"cuMemAlloc_v2", &a.cuMemAlloc},
		{"cuMemFree_v2", &a.cuMemFree},
		{"cuMemGetInfo_v2", &a.cuMemGetInfo},
		{"cuMemcpyHtoD_v2", &a.cuMemcpyHtoD},
		{"cuMemcpyDtoH_v2", &a.cuMemcpyDtoH},
		{"cuMemsetD8_v2", &a.cuMemsetD8},
		{"cuLaunchKernel", &a.cuLaunchKernel},
		{"cuEventCreate", &a.cuEventCreate},
		{"cuEventDestroy_v2", &a.cuEventDestroy},
		{"cuEventRecord", &a.cuEventRecord},
		{"cuEventSynchronize", &a.cuEventSynchronize},
		{"cuEventElapsedTime", &a.cuEventElapsedTime},
	}
}

// Error is a failed driver call: the function, what it was doing, and the driver's result.
type Error struct {
	Call   string // e.g. "cuMemAlloc"
	What   string // e.g. "weight model.embed_tokens.weight (16777216 bytes)"
	Code   int    // the CUresult
	Name   string // e.g. "CUDA_ERROR_OUT_OF_MEMORY"
	Detail string // the driver's description
}

func (e *Error) Error() string {
	s := "cuda: " + e.Call
	if e.What != "" {
		s += " (" + e.What + ")"
	}
	s += fmt.Sprintf(": %s", e.Name)
	if e.Detail != "" {
		s += " (" + e.Detail + ")"
	}
	return s
}

// check turns a driver result into an error naming call and what.
func (a *api) check(r result, call, what string) error {
	if r == 0 {
		return nil
	}
	e := &Error{Call: call, What: what, Code: int(r), Name: fmt.Sprintf("CUresult %d", int(r))}
	if a.cuGetErrorName != nil {
		var p *byte
		if a.cuGetErrorName(r, &p) == 0 {
			e.Name = cString(p)
		}
	}
	if a.cuGetErrorString != nil {
		var p *byte
		if a.cuGetErrorString(r, &p) == 0 {
			e.Detail = cString(p)
		}
	}
	return e
}

// cString copies the NUL-terminated string at p.
func cString(p *byte) string {
	if p == nil {
		return ""
	}
	var b []byte
	for i := 0; i < 4096; i++ {
		c := *(*byte)(unsafe.Add(unsafe.Pointer(p), i))
		if c == 0 {
			break
		}
		b = append(b, c)
	}
	return string(b)
}

// cBytes is s as a NUL-terminated byte slice.
func cBytes(s string) []byte { return append([]byte(s), 0) }

package cuda

import (
	"fmt"
	"runtime"
)

// Device describes a GPU as the driver reports it.
type Device struct {
	Ordinal           int
	Name              string
	ComputeCapability [2]int // major, minor: 8.0 A100, 9.0 H100/H200
	Multiprocessors   int
	MemoryBytes       uint64
	MemoryClockKHz    int // peak memory clock
	MemoryBusBits     int // global memory bus width
	MaxSharedOptIn    int // bytes of shared memory a block may use after opting in
	DriverVersion     int // e.g. 12040 for CUDA 12.4
}

// MemoryBandwidthGBs is the theoretical peak memory bandwidth in GB/s (10⁹ bytes per second):
// two transfers per memory clock (DDR, and HBM counts the same way) times the bus width.
func (d *Device) MemoryBandwidthGBs() float64 {
	return 2 * float64(d.MemoryClockKHz) * 1e3 * float64(d.MemoryBusBits) / 8 / 1e9
}

// Arch is the device's architecture name, e.g. "sm_90".
func (d *Device) Arch() string {
	return fmt.Sprintf("sm_%d%d", d.ComputeCapability[0], d.ComputeCapability[1])
}

func (d *Device) String() string {
	return fmt.Sprintf("GPU %d: %s (%s, %d SMs, %.1f GiB, %.0f GB/s peak memory bandwidth)",
		d.Ordinal, d.Name, d.Arch(), d.Multiprocessors, float64(d.MemoryBytes)/(1<<30), d.MemoryBandwidthGBs())
}

// driver is the loaded driver library.
type driver struct {
	api    *api
	handle uintptr
}

// openDriver loads libcuda.so.1 and initialises the driver. Every failure is an error that
// says what is missing: the library (no NVIDIA driver), a GPU, or a recent enough driver.
func openDriver() (*driver, error) {
	a, h, err := loadAPI()
	if err != nil {
		return nil, err
	}
	switch r := a.cuInit(0); r {
	case 0:
	case errNoDevice:
		return nil, fmt.Errorf("cuda: the NVIDIA driver is installed but found no GPU: %w", a.check(r, "cuInit", ""))
	case errInsufficientDriver:
		return nil, fmt.Errorf("cuda: the NVIDIA driver is older than the CUDA runtime needs: %w", a.check(r, "cuInit", ""))
	default:
		return nil, a.check(r, "cuInit", "")
	}
	return &driver{api: a, handle: h}, nil
}

// device queries GPU ordinal.
func (dr *driver) device(ordinal int) (*Device, int32, error) {
	a := dr.api
	var n int32
	if err := a.check(a.cuDeviceGetCount(&n), "cuDeviceGetCount", ""); err != nil {
		return nil, 0, err
	}
	if ordinal < 0 || ordinal >= int(n) {
		return nil, 0, fmt.Errorf("cuda: GPU %d does not exist: this machine has %d (0..%d)", ordinal, n, n-1)
	}
	var dev int32
	if err := a.check(a.cuDeviceGet(&dev, int32(ordinal)), "cuDeviceGet", fmt.Sprint(ordinal)); err != nil {
		return nil, 0, err
	}
	d := &Device{Ordinal: ordinal}
	name := make([]byte, 256)
	if err := a.check(a.cuDeviceGetName(&name[0], int32(len(name)), dev), "cuDeviceGetName", ""); err != nil {
		return nil, 0, err
	}
	d.Name = cString(&name[0])
	runtime.KeepAlive(name)
	attrs := []struct {
		id  int32
		dst *int
	}{
		{attrComputeCapMajor, &d.ComputeCapability[0]},
		{attrComputeCapMinor, &d.ComputeCapability[1]},
		{attrMultiprocessors, &d.Multiprocessors},
		{attrMemoryClockKHz, &d.MemoryClockKHz},
		{attrMemoryBusWidth, &d.MemoryBusBits},
		{attrMaxSharedOptin, &d.MaxSharedOptIn},
	}
	for _, at := range attrs {
		var v int32
		if err := a.check(a.cuDeviceGetAttribute(&v, at.id, dev), "cuDeviceGetAttribute", fmt.Sprintf("attribute %d", at.id)); err != nil {
			return nil, 0, err
		}
		*at.dst = int(v)
	}
	if err := a.check(a.cuDeviceTotalMem(&d.MemoryBytes, dev), "cuDeviceTotalMem", ""); err != nil {
		return nil, 0, err
	}
	var ver int32
	if a.cuDriverGetVersion(&ver) == 0 {
		d.DriverVersion = int(ver)
	}
	return d, dev, nil
}

// Probe loads the driver and describes GPU ordinal without creating a context. On a machine
// without the NVIDIA driver or without a GPU it returns an error saying so.
func Probe(ordinal int) (*Device, error) {
	dr, err := openDriver()
	if err != nil {
		return nil, err
	}
	d, _, err := dr.device(ordinal)
	return d, err
}

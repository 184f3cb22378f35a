package weights

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/nlpodyssey/gopickle/pickle"
	"github.com/nlpodyssey/gopickle/types"
)

// Unpickling data.pkl safely.
//
// torch.save pickles a state_dict (protocol 2) whose tensors reduce to
//
//	torch._utils._rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks)
//
// where storage is a persistent id ("storage", torch.BFloat16Storage, key, location, numel) naming
// the zip entry <prefix>/data/<key>. findTorchClass resolves only those names (plus
// collections.OrderedDict, which gopickle handles itself) to inert Go values: nothing the file
// names is ever executed, and any other class is an error.
//
// gopickle trusts the length fields of the stream (it allocates what a BINBYTES8 asks for, and
// indexes its dispatch table with any byte), so scanPickle first walks the opcodes and checks
// every length against the bytes that remain; a recover catches what is left (an unhashable dict
// key, say) and reports it as an error.

// maxPickleSize bounds data.pkl. A state_dict pickle holds only names and shapes: about 200
// bytes a tensor.
const maxPickleSize = 64 << 20

// storageDTypes maps torch's legacy typed-storage class names (module torch) to dtypes.
var storageDTypes = map[string]DType{
	"DoubleStorage":   F64,
	"FloatStorage":    F32,
	"HalfStorage":     F16,
	"BFloat16Storage": BF16,
	"LongStorage":     I64,
	"IntStorage":      I32,
	"ShortStorage":    I16,
	"CharStorage":     I8,
	"ByteStorage":     U8,
	"BoolStorage":     Bool,
}

// storageClass stands for a torch.*Storage class; it can only be named in a persistent id.
type storageClass struct {
	name  string
	dtype DType
}

// torchStorage is a storage named by a persistent id: the zip entry data/<key>.
type torchStorage struct {
	dtype DType
	key   string
	numel int64
}

// torchTensor is a tensor as data.pkl describes it; it is checked and mapped after unpickling,
// when its name is known.
type torchTensor struct {
	storage *torchStorage
	offset  int64
	size    []int64
	stride  []int64
}

// rebuildTensor is torch._utils._rebuild_tensor_v2 (and the older _rebuild_tensor).
type rebuildTensor struct{ name string }

// Call checks the arguments and returns a *torchTensor.
func (r rebuildTensor) Call(args ...any) (any, error) {
	if len(args) < 4 || len(args) > 7 {
		return nil, fmt.Errorf("%s called with %d arguments, expected (storage, storage_offset, size, stride, ...)", r.name, len(args))
	}
	st, ok := args[0].(*torchStorage)
	if !ok {
		return nil, fmt.Errorf("%s: argument 1 is %s, expected a storage", r.name, pyType(args[0]))
	}
	off, err := pyInt(args[1])
	if err != nil {
		return nil, fmt.Errorf("%s: storage_offset: %v", r.name, err)
	}
	size, err := pyInts(args[2])
	if err != nil {
		return nil, fmt.Errorf("%s: size: %v", r.name, err)
	}
	stride, err := pyInts(args[3])
	if err != nil {
		return nil, fmt.Errorf("%s: stride: %v", r.name, err)
	}
	return &torchTensor{storage: st, offset: off, size: size, stride: stride}, nil
}

// rebuildParameter is torch._utils._rebuild_parameter(data, requires_grad, backward_hooks[, state]):
// an nn.Parameter is its data.
type rebuildParameter struct{ name string }

// Call returns the parameter's tensor.
func (r rebuildParameter) Call(args ...any) (any, error) {
	if len(args) < 1 || len(args) > 4 {
		return nil, fmt.Errorf("%s called with %d arguments, expected (data, requires_grad, backward_hooks)", r.name, len(args))
	}
	t, ok := args[0].(*torchTensor)
	if !ok {
		return nil, fmt.Errorf("%s: data is %s, expected a tensor", r.name, pyType(args[0]))
	}
	return t, nil
}

// findTorchClass is the whitelist of global names data.pkl may refer to.
func findTorchClass(module, name string) (any, error) {
	switch module + "." + name {
	case "torch._utils._rebuild_tensor_v2", "torch._utils._rebuild_tensor":
		return rebuildTensor{name: module + "." + name}, nil
	case "torch._utils._rebuild_parameter", "torch._utils._rebuild_parameter_with_state":
		return rebuildParameter{name: module + "." + name}, nil
	}
	if module == "torch" {
		if dt, ok := storageDTypes[name]; ok {
			return &storageClass{name: module + "." + name, dtype: dt}, nil
		}
	}
	return nil, fmt.Errorf("refusing class %s.%s: only torch tensor rebuild functions, torch.*Storage and collections.OrderedDict may appear in a checkpoint", module, name)
}

// storagesByKey remembers each storage's persistent id, so a key always means one storage.
type storagesByKey map[string]*torchStorage

// load is the unpickler's PersistentLoad: it turns ("storage", class, key, location, numel) into a
// *torchStorage.
func (s storagesByKey) load(pid any) (any, error) {
	t, ok := pid.(*types.Tuple)
	if !ok || t.Len() != 5 {
		return nil, fmt.Errorf("persistent id is %s, expected a tuple (\"storage\", storage_type, key, location, numel)", pyType(pid))
	}
	if tag, _ := t.Get(0).(string); tag != "storage" {
		return nil, fmt.Errorf("persistent id starts with %s, expected \"storage\"", pyType(t.Get(0)))
	}
	cls, ok := t.Get(1).(*storageClass)
	if !ok {
		return nil, fmt.Errorf("persistent id storage type is %s, expected a torch.*Storage class", pyType(t.Get(1)))
	}
	key, ok := t.Get(2).(string)
	if !ok {
		return nil, fmt.Errorf("persistent id key is %s, expected a string", pyType(t.Get(2)))
	}
	numel, err := pyInt(t.Get(4))
	if err != nil {
		return nil, fmt.Errorf("storage %q: numel: %v", key, err)
	}
	if prev, ok := s[key]; ok {
		if prev.dtype != cls.dtype || prev.numel != numel {
			return nil, fmt.Errorf("storage %q is %s with %d elements here, but %v with %d elements before", key, cls.name, numel, prev.dtype, prev.numel)
		}
		return prev, nil
	}
	st := &torchStorage{dtype: cls.dtype, key: key, numel: numel}
	s[key] = st
	return st, nil
}

// unpickle runs the whitelisted unpickler over pkl. Errors carry the byte offset in pkl.
func unpickle(pkl []byte) (result any, err error) {
	if err := scanPickle(pkl); err != nil {
		return nil, err
	}
	r := bytes.NewReader(pkl)
	u := pickle.NewUnpickler(r)
	u.FindClass = findTorchClass
	u.PersistentLoad = storagesByKey{}.load
	u.GetExtension = func(code int) (any, error) {
		return nil, fmt.Errorf("refusing extension code %d: not used by torch.save", code)
	}
	defer func() {
		if p := recover(); p != nil {
			result, err = nil, fmt.Errorf("pickle byte %d: malformed pickle: %v", len(pkl)-r.Len(), p)
		}
	}()
	v, err := u.Load()
	if err != nil {
		return nil, fmt.Errorf("pickle byte %d: %v", len(pkl)-r.Len(), err)
	}
	return v, nil
}

// scanPickle walks the opcodes of pkl up to STOP and checks that every argument fits in the
// bytes that remain, so the unpickler never allocates more than the stream holds.
func scanPickle(p []byte) error {
	i := 0
	for i < len(p) {
		at, op := i, p[i]
		i++
		fits := func(n uint64) error {
			if n > uint64(len(p)-i) {
				return fmt.Errorf("pickle byte %d: opcode 0x%02x needs %d bytes of argument, but only %d remain", at, op, n, len(p)-i)
			}
			return nil
		}
		skip := func(n uint64) error {
			if err := fits(n); err != nil {
				return err
			}
			i += int(n)
			return nil
		}
		line := func() error {
			nl := bytes.IndexByte(p[i:], '\n')
			if nl < 0 {
				return fmt.Errorf("pickle byte %d: opcode %q needs a newline-terminated argument, found none", at, op)
			}
			i += nl + 1
			return nil
		}
		var err error
		switch op {
		case '.': // STOP
			return nil
		case '(', '0', '1', '2', 'N', 'R', 'a', 'b', 'd', '}', 'e', 'l', ']', 'o', 's', 't', ')', 'u', 'Q',
			0x81, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x97, 0x98:
		case 'K', 'h', 'q', 0x80, 0x82:
			err = skip(1)
		case 'M', 0x83:
			err = skip(2)
		case 'J', 'j', 'r', 0x84:
			err = skip(4)
		case 'G':
			err = skip(8)
		case 'F', 'I', 'L', 'P', 'S', 'V', 'g', 'p':
			err = line()
		case 'c', 'i':
			if err = line(); err == nil {
				err = line()
			}
		case 'U', 'C', 0x8c, 0x8a: // one-byte length
			if err = fits(1); err == nil {
				n := uint64(p[i])
				i++
				err = skip(n)
			}
		case 'T', 'B', 'X', 0x8b: // four-byte length (signed for BINSTRING and LONG4)
			if err = fits(4); err == nil {
				n := binary.LittleEndian.Uint32(p[i:])
				i += 4
				if (op == 'T' || op == 0x8b) && int32(n) < 0 {
					return fmt.Errorf("pickle byte %d: opcode 0x%02x has negative length %d", at, op, int32(n))
				}
				err = skip(uint64(n))
			}
		case 0x8d, 0x8e, 0x96: // eight-byte length
			if err = fits(8); err == nil {
				n := binary.LittleEndian.Uint64(p[i:])
				i += 8
				err = skip(n)
			}
		case 0x95: // FRAME: the frame's opcodes follow inline
			if err = fits(8); err == nil {
				n := binary.LittleEndian.Uint64(p[i:])
				i += 8
				err = fits(n)
			}
		default:
			return fmt.Errorf("pickle byte %d: unknown opcode 0x%02x", at, op)
		}
		if err != nil {
			return err
		}
	}
	return fmt.Errorf("pickle byte %d: the pickle ends without a STOP opcode", len(p))
}

// pyInt converts a pickled Python int to int64.
func pyInt(v any) (int64, error) {
	switch x := v.(type) {
	case int:
		return int64(x), nil
	case *big.Int:
		if x.IsInt64() {
			return x.Int64(), nil
		}
		return 0, fmt.Errorf("integer %v does not fit in int64", x)
	}
	return 0, fmt.Errorf("found %s, expected an int", pyType(v))
}

// pyInts converts a pickled tuple (or list) of ints.
func pyInts(v any) ([]int64, error) {
	var items []any
	switch x := v.(type) {
	case *types.Tuple:
		items = *x
	case *types.List:
		items = *x
	default:
		return nil, fmt.Errorf("found %s, expected a tuple of ints", pyType(v))
	}
	out := make([]int64, len(items))
	for i, it := range items {
		n, err := pyInt(it)
		if err != nil {
			return nil, fmt.Errorf("element %d: %v", i, err)
		}
		out[i] = n
	}
	return out, nil
}

// pyType names the Python type of an unpickled value for messages.
func pyType(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		return "a bool"
	case int, *big.Int:
		return fmt.Sprintf("int %v", x)
	case float64:
		return "a float"
	case string:
		if len(x) > 40 {
			x = x[:37] + "..."
		}
		return fmt.Sprintf("str %q", x)
	case []byte:
		return "bytes"
	case *types.Tuple:
		return "a tuple"
	case *types.List:
		return "a list"
	case *types.Dict, *types.OrderedDict:
		return "a dict"
	case *torchTensor:
		return "a tensor"
	case *torchStorage:
		return "a storage"
	case *storageClass:
		return "class " + x.name
	case rebuildTensor:
		return "function " + x.name
	case rebuildParameter:
		return "function " + x.name
	}
	return fmt.Sprintf("a %T", v)
}

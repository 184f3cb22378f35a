package llvm

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/ebitengine/purego"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/ir"
	"github.com/mtc-dev/mtc/ir/interp"
)

// attnCases are attention layers run over long contexts: prefill tiles over thousands of keys,
// tiles cut at odd rows, decode split into chunks (up to decodeChunks, longer than
// decodeMinChunk) and merged. Their inputs are embedding rows whose values have 8 significant
// bits and exponents -5..0, so an f16 or bf16 cache holds them exactly and every KV dtype must
// give the interpreter's result.
var attnCases = []opCase{
	{"gqa", 37, func(g *gb) *ir.Value {
		qkv := g.exactEmbed("E", 37, (4+2*2)*12)
		return g.op(ir.OpGQAAttention, vs{qkv}, nil, ir.Attrs{"layer": 0, "heads": 4, "kv_heads": 2, "head_dim": 12})
	}},
	{"mqa", 37, func(g *gb) *ir.Value {
		qkv := g.exactEmbed("E", 37, (6+2)*16)
		return g.op(ir.OpGQAAttention, vs{qkv}, nil, ir.Attrs{"layer": 0, "heads": 6, "kv_heads": 1, "head_dim": 16})
	}},
	{"attention", 37, func(g *gb) *ir.Value {
		q := g.exactEmbed("Eq", 37, 2*20)
		k := g.exactEmbed("Ek", 37, 2*20)
		v := g.exactEmbed("Ev", 37, 2*20)
		return g.op(ir.OpAttention, vs{q, k, v}, nil, ir.Attrs{"layer": 0, "heads": 2, "kv_heads": 2, "head_dim": 20})
	}},
}

// attnSteps run in order: long and short prefills at growing positions, decode steps between
// them (the last ones past 2048 keys, where chunks outgrow decodeMinChunk).
var attnSteps = []int{300, 1, 1, 7, 1, 1500, 1, 1, 1, 300, 1, 1, 2}

const attnCapacity = 2200

// exactEmbed is an embedding table of values ±(1+m/128)·2^e, e in -5..0.
func (g *gb) exactEmbed(name string, vocab, h int) *ir.Value {
	v := g.embed(name, ir.F32, vocab, h)
	t := g.ck[name]
	for i := range t.f32 {
		x := float32(math.Ldexp(1+float64(g.rng.IntN(128))/128, -g.rng.IntN(6)))
		if g.rng.IntN(2) == 0 {
			x = -x
		}
		t.f32[i] = x
		binary.LittleEndian.PutUint32(t.raw[4*i:], math.Float32bits(x))
	}
	return v
}

// attnSuite is attnCases compiled for one target and KV-cache dtype.
type attnSuite struct {
	name string
	s    *suite
}

var (
	attnOnce   sync.Once
	attnSuites []attnSuite
	attnErr    error
)

// compiledAttnSuites compiles attnCases for the widest target with every KV dtype, and with
// an f16 cache for the other targets (integer half conversion, narrower vectors); -short keeps
// the widest target.
func compiledAttnSuites(t *testing.T) []attnSuite {
	t.Helper()
	tc := testToolchain(t)
	attnOnce.Do(func() {
		targets := hostTargets(t)
		type job struct {
			tg target
			kv string
		}
		var jobs []job
		for _, kv := range []string{"f32", "f16", "bf16"} {
			jobs = append(jobs, job{targets[0], kv})
		}
		if !testing.Short() {
			for _, tg := range targets[1:] {
				jobs = append(jobs, job{tg, "f16"})
			}
		}
		dir, err := os.MkdirTemp("", "mtc-attn-test")
		if err != nil {
			attnErr = err
			return
		}
		defer os.RemoveAll(dir)
		attnSuites = make([]attnSuite, len(jobs))
		errs := make([]error, len(jobs))
		var wg sync.WaitGroup
		for i, j := range jobs {
			o := j.tg.o
			o.KVDType = j.kv
			s, err := generateCases(t, target{j.tg.name, o}, attnCases)
			if err != nil {
				attnErr = err
				return
			}
			attnSuites[i] = attnSuite{name: j.tg.name + "/" + j.kv, s: s}
			wg.Add(1)
			go func() {
				defer wg.Done()
				sub := fmt.Sprintf("%s/%d", dir, i)
				var so string
				if errs[i] = os.Mkdir(sub, 0o755); errs[i] == nil {
					so, errs[i] = compileSO(tc, sub, s.ll, s.target.o)
				}
				if errs[i] == nil {
					s.imports = undefinedSymbols(t, so)
					s.lib = loadLib(t, so)
				}
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				attnErr = fmt.Errorf("%s: %w", attnSuites[i].name, err)
			}
		}
	})
	if attnErr != nil {
		t.Fatal(attnErr)
	}
	return attnSuites
}

// generateCases lowers cases for tg into one module.
func generateCases(t testing.TB, tg target, cases []opCase) (*suite, error) {
	o, err := tg.o.normalize()
	if err != nil {
		return nil, err
	}
	tg.o = o
	md := newModule(o)
	s := &suite{target: tg}
	for i, c := range cases {
		g := newGB(t, c.name, uint64(100+i))
		gr := g.graph(c.build(g))
		out, err := md.program(gr)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.name, err)
		}
		s.cases = append(s.cases, c)
		s.graphs, s.outs, s.cks = append(s.graphs, gr), append(s.outs, out), append(s.cks, g.ck)
	}
	md.utilities()
	for _, out := range s.outs {
		out.Kernels = md.kernels
	}
	s.ll = md.text()
	return s, nil
}

// TestAttentionLongContext runs attnCases step by step against the interpreter, with every
// launch split like the runtime splits it and at odd places, on caches whose unwritten
// positions and scratch hold NaN.
func TestAttentionLongContext(t *testing.T) {
	want := map[string][][]float32{} // per case, per step: the interpreter's result
	for _, as := range compiledAttnSuites(t) {
		t.Run(as.name, func(t *testing.T) {
			s := as.s
			if len(s.imports) > 0 {
				t.Errorf("the kernels import %v", s.imports)
			}
			for i, c := range s.cases {
				for _, mode := range []string{"aligned", "odd"} {
					t.Run(c.name+"/"+mode, func(t *testing.T) {
						r := newRunner(t, s.lib, s.outs[i], s.cks[i], attnCapacity)
						if mode == "odd" {
							r.split = oddSplit
						}
						ref := want[c.name]
						var ip *interp.Interp
						if ref == nil {
							var err error
							if ip, err = interp.New(s.graphs[i], s.cks[i], attnCapacity); err != nil {
								t.Fatal(err)
							}
						}
						rng := rand.New(rand.NewPCG(uint64(i), 9))
						for si, T := range attnSteps {
							tokens := make([]int32, T)
							for j := range tokens {
								tokens[j] = int32(rng.IntN(c.vocab))
							}
							if ip != nil {
								w, err := ip.Run(tokens, T)
								if err != nil {
									t.Fatal(err)
								}
								ref = append(ref, w)
							}
							pos := r.pos
							got := r.step(tokens, T, len(ref[si]))
							if e := relErr(got, ref[si]); e > 1e-5 {
								t.Fatalf("step %d (T=%d at P=%d): relative error %.3g > 1e-5\n got %v\nwant %v", si, T, pos, e, head(got), head(ref[si]))
							}
						}
						want[c.name] = ref
					})
				}
			}
		})
	}
}

// TestAttentionRoundsKV checks that a rounded cache is used as such: the gqa case with random
// (not exactly representable) inputs differs from the interpreter by about the rounding of the
// dtype, no more, and is not exact.
func TestAttentionRoundsKV(t *testing.T) {
	for _, tt := range []struct {
		kv       string
		min, max float64
	}{{"f16", 1e-6, 2e-3}, {"bf16", 1e-5, 2e-2}} {
		t.Run(tt.kv, func(t *testing.T) {
			tg := hostTargets(t)[0]
			tg.o.KVDType = tt.kv
			c := opCase{"gqa-random", 23, func(g *gb) *ir.Value {
				qkv := g.embed("E", ir.F32, 23, (4+2*2)*12)
				return g.op(ir.OpGQAAttention, vs{qkv}, nil, ir.Attrs{"layer": 0, "heads": 4, "kv_heads": 2, "head_dim": 12})
			}}
			s, err := generateCases(t, tg, []opCase{c})
			if err != nil {
				t.Fatal(err)
			}
			l := loadLib(t, buildSO(t, s.ll, s.target.o))
			ip, err := interp.New(s.graphs[0], s.cks[0], 64)
			if err != nil {
				t.Fatal(err)
			}
			r := newRunner(t, l, s.outs[0], s.cks[0], 64)
			rng := rand.New(rand.NewPCG(5, 5))
			worst := 0.0
			for _, T := range []int{20, 1, 1, 5} {
				tokens := make([]int32, T)
				for j := range tokens {
					tokens[j] = int32(rng.IntN(c.vocab))
				}
				want, err := ip.Run(tokens, T)
				if err != nil {
					t.Fatal(err)
				}
				worst = max(worst, relErr(r.step(tokens, T, len(want)), want))
			}
			if worst < tt.min || worst > tt.max {
				t.Errorf("relative error %.3g, want between %.3g and %.3g", worst, tt.min, tt.max)
			}
		})
	}
}

// TestKVConversion converts f32 values to f16 and bf16 with the code the cache store uses, on
// every host target (F16C and integer conversions), and compares with the nearest value,
// ties to even: specials, both sides of every rounding boundary that matters (overflow,
// subnormals, ties) and random bit patterns.
func TestKVConversion(t *testing.T) {
	xs := conversionInputs()
	for _, tg := range hostTargets(t) {
		o, err := tg.o.normalize()
		if err != nil {
			t.Fatal(err)
		}
		md := newModule(o)
		for _, d := range []ir.DType{ir.F16, ir.BF16} {
			md.kernel("cvt_"+d.String(), ir.OpEmbed, func(k *kfn) {
				dst, src := k.buf(0, tI16), k.buf(1, tF32)
				k.forRange(k.begin, k.end, int64(k.vw), func(i value.Value) {
					k.vstore(k.fromF32(d, k.vload(src, i, k.vw)), dst, i, k.vw)
				})
			})
		}
		l := loadLib(t, buildSO(t, md.text(), o))
		for _, d := range []ir.DType{ir.F16, ir.BF16} {
			t.Run(tg.name+"/"+d.String(), func(t *testing.T) {
				src, dst := guarded(t, 4*len(xs)), guarded(t, 2*len(xs))
				for i, x := range xs {
					binary.LittleEndian.PutUint32(src[4*i:], x)
				}
				args := guarded(t, 16)
				binary.LittleEndian.PutUint64(args, uint64(addr(dst)))
				binary.LittleEndian.PutUint64(args[8:], uint64(addr(src)))
				purego.SyscallN(l.sym(t, KernelPrefix+"cvt_"+d.String()), addr(args), addr(args), 0, uintptr(len(xs)))
				ref := nearestHalf
				if d == ir.BF16 {
					ref = nearestBF16
				}
				bad := 0
				for i, x := range xs {
					got, want := binary.LittleEndian.Uint16(dst[2*i:]), ref(x)
					if got != want && !(isNaN16(d, got) && isNaN16(d, want) && got&0x8000 == want&0x8000) {
						if bad++; bad <= 10 {
							t.Errorf("%#08x (%g) -> %#04x, want %#04x", x, math.Float32frombits(x), got, want)
						}
					}
				}
			})
		}
	}
}

// conversionInputs are f32 bit patterns: specials, the neighbourhood of every f16 and bf16
// rounding boundary of interest, and random patterns; a multiple of 16 long.
func conversionInputs() []uint32 {
	var xs []uint32
	around := func(bits ...uint32) {
		for _, b := range bits {
			for d := uint32(0); d < 3; d++ {
				xs = append(xs, b-d, b+d, b-d|1<<31, b+d|1<<31)
			}
		}
	}
	xs = append(xs, 0, 1<<31, 0x7f800000, 0xff800000, 0x7fc00000, 0xffc00001, 0x7f800001, 0x7fffffff, 1, 0x7f7fffff, 0x00800000)
	around(0x477fe000, 0x477ff000, 0x47800000) // 65504, 65520 (ties to infinity), 65536
	around(0x38800000, 0x38000000, 0x33800000, 0x33000000, 0x337fffff)
	around(0x7f7f8000, 0x7f7f7fff) // bf16: ties to infinity
	for e := uint32(100); e < 150; e += 7 {
		for _, m := range []uint32{0x1000, 0x3000, 0x2000, 0x6000, 0x8000, 0x18000, 0x10000} {
			around(e<<23 | m) // f16 and bf16 ties (even and odd kept parts) and their neighbours
		}
	}
	r := rand.New(rand.NewPCG(1, 1))
	for range 1 << 14 {
		xs = append(xs, r.Uint32())
	}
	for len(xs)%16 != 0 {
		xs = append(xs, 0)
	}
	return xs
}

// nearest rounds x to the nearest of the sorted finite magnitudes vals (indexed by their bit
// patterns 0..len-1, then infinity as the next pattern), ties to the even pattern; inf is the
// magnitude at which rounding gives infinity, and nan the result for NaN.
func nearest(x uint32, vals []float64, inf float64, nan uint16) uint16 {
	f := float64(math.Float32frombits(x))
	sign := uint16(x>>31) << 15
	if f != f {
		return nan | sign
	}
	a := math.Abs(f)
	if a >= inf {
		return uint16(len(vals)) | sign
	}
	i := sort.SearchFloat64s(vals, a) // vals[i-1] < a <= vals[i]
	if i == len(vals) {
		return uint16(len(vals)-1) | sign // below inf: the largest finite value
	}
	if i > 0 {
		lo, hi := a-vals[i-1], vals[i]-a
		if lo < hi || lo == hi && (i-1)%2 == 0 {
			i--
		}
	}
	return uint16(i) | sign
}

var (
	halfVals, bf16Vals []float64
	valsOnce           sync.Once
)

func tables() {
	valsOnce.Do(func() {
		for h := 0; h < 0x7c00; h++ {
			halfVals = append(halfVals, float64(halfValue(uint16(h))))
		}
		for b := 0; b < 0x7f80; b++ {
			bf16Vals = append(bf16Vals, float64(math.Float32frombits(uint32(b)<<16)))
		}
	})
}

func nearestHalf(x uint32) uint16 {
	tables()
	return nearest(x, halfVals, 65520, 0x7e00)
}

func nearestBF16(x uint32) uint16 {
	tables()
	return nearest(x, bf16Vals, math.Ldexp(2-math.Ldexp(1, -8), 127), 0x7fc0)
}

func isNaN16(d ir.DType, h uint16) bool {
	if d == ir.F16 {
		return h&0x7c00 == 0x7c00 && h&0x3ff != 0
	}
	return h&0x7f80 == 0x7f80 && h&0x7f != 0
}

// TestAttentionTooWide checks that heads too wide for the kernels' stack buffers are refused.
func TestAttentionTooWide(t *testing.T) {
	g := newGB(t, "wide", 1)
	g.shapeOnly = true
	gr := g.graph(g.op(ir.OpGQAAttention, vs{g.embed("E", ir.F32, 4, 6*70000)}, nil, ir.Attrs{"layer": 0, "heads": 4, "kv_heads": 1, "head_dim": 70000}))
	_, err := Generate(gr, Options{VectorWidth: 8})
	if err == nil || !strings.Contains(err.Error(), "4 query heads per KV head of 70000 dimensions need more than") {
		t.Errorf("error %v, want one about the stack", err)
	}
}

// TestKVDTypeOption checks the option's validation and spelling in the slots.
func TestKVDTypeOption(t *testing.T) {
	g := newGB(t, "kv", 1)
	g.shapeOnly = true
	gr := g.graph(g.op(ir.OpGQAAttention, vs{g.embed("E", ir.F32, 4, 4*8)}, nil, ir.Attrs{"layer": 0, "heads": 2, "kv_heads": 1, "head_dim": 8}))
	if _, err := Generate(gr, Options{VectorWidth: 8, KVDType: "f8"}); err == nil || !strings.Contains(err.Error(), `KV-cache dtype "f8" is not supported`) {
		t.Errorf("KVDType f8: error %v", err)
	}
	for _, kv := range []string{"", "f32", "f16", "bf16"} {
		out, err := Generate(gr, Options{VectorWidth: 8, KVDType: kv})
		if err != nil {
			t.Fatal(err)
		}
		want := kv
		if want == "" {
			want = "f32"
		}
		if s := out.Slots[0]; s.DType != want || s.Align != kvAlign || s.ElemBytes() == 0 {
			t.Errorf("KVDType %q: slot %+v", kv, s)
		}
	}
}

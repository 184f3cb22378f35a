package driver

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/internal/refcase"
	"github.com/mtc-dev/mtc/ir"
	"github.com/mtc-dev/mtc/ir/interp"
	"github.com/mtc-dev/mtc/models"
	"github.com/mtc-dev/mtc/weights"
)

// Backends.
const (
	BackendAuto   = ""
	BackendInterp = "interp"
	BackendCPU    = "cpu"
	BackendCUDA   = "cuda"
)

// Engine runs steps of a model against its KV cache.
type Engine interface {
	// Step runs tokens starting at Pos and returns the logits of the last r rows.
	Step(tokens []int32, r int) ([]float32, error)
	Pos() int
	Reset()
	Close() error
}

// OpenOptions configures Open.
type OpenOptions struct {
	Backend  string // interp, cpu, cuda, or "" for the artifact's own target
	Threads  int    // 0 = all cores
	Capacity int    // KV-cache positions; 0 = min(max positions, 4096)
	Seed     uint64 // seed of random weights (when no checkpoint is given)
}

// Session is an opened model: spec, artifact, weights and an engine.
type Session struct {
	Spec     *models.Spec
	Manifest *artifact.Manifest
	Dir      string // the artifact folder ("" when compiled on the fly for the interpreter)
	Ckpt     *weights.Checkpoint
	Engine   Engine
	cleanup  []func()
	// interpGraph is the graph when a spec was compiled on the fly for the interpreter.
	interpGraph *ir.Graph
}

// Close releases the engine, the weights and any temporary artifact.
func (s *Session) Close() error {
	var err error
	if s.Engine != nil {
		err = s.Engine.Close()
	}
	if s.Ckpt != nil {
		s.Ckpt.Close()
	}
	for _, f := range s.cleanup {
		f()
	}
	return err
}

// IsArtifact reports whether path is an artifact folder.
func IsArtifact(path string) bool {
	_, err := os.Stat(filepath.Join(path, artifact.ManifestFile))
	return err == nil
}

// Open opens an artifact, or a model spec compiled on the fly, with the checkpoint at weightsPath
// (random weights drawn with o.Seed when weightsPath is "" and the backend is native).
func Open(ctx context.Context, path, weightsPath string, o OpenOptions) (*Session, error) {
	s := &Session{}
	ok := false
	defer func() {
		if !ok {
			s.Close()
		}
	}()
	if IsArtifact(path) {
		m, err := artifact.Read(path)
		if err != nil {
			return nil, err
		}
		s.Manifest, s.Dir = m, path
		if s.Spec, err = SpecOf(m, path); err != nil {
			return nil, err
		}
	} else {
		backend := o.Backend
		if backend == BackendAuto {
			backend = BackendInterp
		}
		c, err := Lower(path, &CompileOptions{})
		if err != nil {
			return nil, err
		}
		s.Spec = c.Spec
		if backend == BackendInterp {
			s.Manifest = baseManifest(c)
			s.Manifest.Target = artifact.TargetInterp
		} else {
			tmp, err := os.MkdirTemp("", "mtc-run-")
			if err != nil {
				return nil, err
			}
			s.cleanup = append(s.cleanup, func() { os.RemoveAll(tmp) })
			dir := filepath.Join(tmp, "artifact")
			if _, err := CompileLowered(ctx, c, dir, &CompileOptions{Target: backend}); err != nil {
				return nil, err
			}
			if s.Manifest, err = artifact.Read(dir); err != nil {
				return nil, err
			}
			s.Dir = dir
		}
		s.Manifest.Target = backend
		if backend == BackendInterp {
			s.Manifest.Files = map[string]artifact.File{}
			s.Dir = ""
			s.interpGraph = c.Graph
		}
	}
	var ckpt *weights.Checkpoint
	if weightsPath != "" {
		var err error
		if ckpt, err = weights.Open(weightsPath); err != nil {
			return nil, err
		}
		s.Ckpt = ckpt
		if err := CheckWeights(s.Spec, ckpt); err != nil {
			return nil, err
		}
	}
	capacity := o.Capacity
	if capacity <= 0 {
		capacity = s.Spec.MaxPositions
		if capacity <= 0 || capacity > 4096 {
			capacity = 4096
		}
	}
	backend := o.Backend
	if backend == BackendAuto {
		backend = s.Manifest.Target
	}
	switch backend {
	case BackendInterp:
		if ckpt == nil {
			return nil, fmt.Errorf("the interpreter needs a checkpoint (random weights are for native backends)")
		}
		g := s.interpGraph
		if g == nil {
			path := s.Manifest.Path(s.Dir, artifact.FileGraph)
			if path == "" {
				return nil, fmt.Errorf("%s: artifact has no IR graph for the interpreter", s.Dir)
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return nil, err
			}
			if g, err = ir.Parse(path, src); err != nil {
				return nil, err
			}
		}
		in, err := interp.New(g, refcase.Tensors{C: ckpt}, capacity)
		if err != nil {
			return nil, err
		}
		s.Engine = interpEngine{in}
	case BackendCPU, BackendCUDA:
		if s.Manifest.Target != backend {
			return nil, fmt.Errorf("%s: artifact was compiled for target %s, cannot run it on the %s backend (recompile with --target %s)", path, s.Manifest.Target, backend, backend)
		}
		e, err := openNative(s, ckpt, o, capacity)
		if err != nil {
			return nil, err
		}
		s.Engine = e
	default:
		return nil, fmt.Errorf("unknown backend %q (want interp, cpu or cuda)", backend)
	}
	ok = true
	return s, nil
}

// CheckWeights checks that ckpt holds every tensor the spec needs, with the right shape,
// reporting all problems at once.
func CheckWeights(spec *models.Spec, ckpt *weights.Checkpoint) error {
	var want []weights.Expect
	for _, t := range models.TensorNames(spec) {
		want = append(want, weights.Expect{Name: t.Name, Shape: t.Shape})
	}
	if err := weights.IgnoreExtra(weights.Check(ckpt, want)); err != nil {
		return fmt.Errorf("weights %s do not fit model %s:\n%w", ckpt.Path(), spec.Name, err)
	}
	return nil
}

type interpEngine struct{ in *interp.Interp }

func (e interpEngine) Step(tokens []int32, r int) ([]float32, error) { return e.in.Run(tokens, r) }
func (e interpEngine) Pos() int                                      { return e.in.Pos() }
func (e interpEngine) Reset()                                        { e.in.Reset() }
func (e interpEngine) Close() error                                  { return nil }

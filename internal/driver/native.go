package driver

import (
	"context"
	"fmt"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/weights"
)

func generateCPU(ctx context.Context, c *Compiled, m *artifact.Manifest, files map[string]artifact.NamedBytes, o *CompileOptions) error {
	return fmt.Errorf("target cpu: code generator not wired yet")
}

func generateCUDA(ctx context.Context, c *Compiled, m *artifact.Manifest, files map[string]artifact.NamedBytes, o *CompileOptions) error {
	return fmt.Errorf("target cuda: code generator not wired yet")
}

func openNative(s *Session, ckpt *weights.Checkpoint, o OpenOptions, capacity int) (Engine, error) {
	return nil, fmt.Errorf("native backend not wired yet")
}

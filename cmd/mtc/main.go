// Command mtc is the Minitron compiler: it compiles Nemotron-family model specs into native
// artifacts and runs them on Hugging Face checkpoints.
//
//	mtc inspect MODEL [--json]
//	mtc compile MODEL -o ART [--target cpu|cuda|interp] [--print-after PASS|all]
//	mtc run ART --weights CKPT (--tokens 2,17,33 | --prompt TEXT) [-n N] [sampling flags] [--logits-out FILE]
//	mtc bench ART (--weights CKPT | --random-weights)
//
// MODEL is a YAML spec, a Hugging Face config.json, a checkpoint folder holding config.json, or
// the name of a shipped spec (minitron-8b, minitron-4b, nemotron-4-15b).
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/mtc-dev/mtc/internal/version"
	"github.com/spf13/cobra"
)

// usageError marks errors in how mtc was called (exit status 2).
type usageError struct{ error }

func main() {
	root := &cobra.Command{
		Use:           "mtc",
		Short:         "mtc compiles Minitron / Nemotron-4 models to native code and runs them",
		Version:       version.Version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(inspectCmd(), compileCmd(), runCmd())
	for _, c := range extraCommands {
		root.AddCommand(c())
	}
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "mtc:", err)
		var u usageError
		if errors.As(err, &u) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// extraCommands are registered by other files of this package.
var extraCommands []func() *cobra.Command

func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError{fmt.Errorf("%s: want %s, got %d arguments (see mtc %s --help)", cmd.Name(), what, len(args), cmd.Name())}
		}
		return nil
	}
}

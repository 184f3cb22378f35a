#!/usr/bin/env python3
"""Writes tiny torch.save-format checkpoints (pytorch_model.bin) for the weights package tests.

torch is not needed: the script registers stand-in modules named torch and torch._utils, whose
storage classes and _rebuild_tensor_v2 function pickle under the names torch uses, and builds the
zip archive the way torch.save (>= 1.6) lays it out:

    <prefix>/data.pkl       the state_dict, pickle protocol 2
    <prefix>/byteorder      "little"
    <prefix>/data/<key>     one stored (uncompressed) entry per storage
    <prefix>/version        "3"

torch pads each local header's extra field so storage data starts 64-byte aligned; here some
storages are aligned that way and others deliberately start at an odd file offset.

Run from this folder:  python3 make_torch_fixtures.py   (the output is deterministic)
"""

import collections
import json
import os
import pickle
import struct
import sys
import types
import zipfile


def fake_module(name):
    m = types.ModuleType(name)
    sys.modules[name] = m
    return m


torch = fake_module("torch")
torch_utils = fake_module("torch._utils")
torch._utils = torch_utils


def _rebuild_tensor_v2(*args):
    raise RuntimeError("stand-in only: never called")


_rebuild_tensor_v2.__module__ = "torch._utils"
_rebuild_tensor_v2.__qualname__ = "_rebuild_tensor_v2"
torch_utils._rebuild_tensor_v2 = _rebuild_tensor_v2

# storage class name -> (struct format of one element, element size)
STORAGES = {
    "BFloat16Storage": (None, 2),
    "FloatStorage": ("<f", 4),
    "HalfStorage": ("<e", 2),
    "LongStorage": ("<q", 8),
    "IntStorage": ("<i", 4),
}
for _name in STORAGES:
    _cls = type(_name, (), {"__module__": "torch"})
    _cls.__qualname__ = _name
    setattr(torch, _name, _cls)


def bf16_bits(x):
    """Round a Python float to bfloat16 bits (via float32, ties to even)."""
    (u,) = struct.unpack("<I", struct.pack("<f", x))
    u += 0x7FFF + ((u >> 16) & 1)
    return (u >> 16) & 0xFFFF


class Storage:
    """A storage: its class name, zip key, values and where its data should start."""

    def __init__(self, cls, key, values, align="64"):
        self.cls, self.key, self.values, self.align = cls, key, values, align

    def data(self):
        fmt, _ = STORAGES[self.cls]
        if fmt is None:
            return b"".join(struct.pack("<H", bf16_bits(v)) for v in self.values)
        return b"".join(struct.pack(fmt, v) for v in self.values)


class Tensor:
    """Pickles as torch does: _rebuild_tensor_v2(storage, offset, size, stride, False, OrderedDict())."""

    def __init__(self, storage, offset, size, stride=None):
        if stride is None:
            stride, acc = [], 1
            for d in reversed(size):
                stride.insert(0, acc)
                acc *= d
        self.storage, self.offset, self.size, self.stride = storage, offset, tuple(size), tuple(stride)

    def __reduce__(self):
        return (torch_utils._rebuild_tensor_v2,
                (self.storage, self.offset, self.size, self.stride, False, collections.OrderedDict()))


class Evil:
    """Would run a shell command if a reader executed pickle code."""

    def __reduce__(self):
        return (os.system, ("echo pwned",))


class Pickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Storage):
            numel = obj.numel if hasattr(obj, "numel") else len(obj.values)
            return ("storage", getattr(torch, obj.cls), obj.key, "cpu", numel)
        return None


def dumps(obj):
    import io
    buf = io.BytesIO()
    Pickler(buf, protocol=2).dump(obj)
    return buf.getvalue()


def add_entry(zf, name, data, align=None, compress=False):
    """Adds a zip entry; align "64" starts its data on a 64-byte boundary, "odd" on an odd byte."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    if align:
        start = zf.fp.tell() + 30 + len(name.encode()) + 4  # 4: the extra record's own header
        target = 0 if align == "64" else 33
        pad = (target - start) % 64
        info.extra = struct.pack("<HH", 0x4246, pad) + b"Z" * pad  # "FB", as torch's writer uses
    zf.writestr(info, data)


def write_bin(path, prefix, state, storages, byteorder=True, compress_storages=False):
    with zipfile.ZipFile(path, "w") as zf:
        add_entry(zf, prefix + "/data.pkl", dumps(state))
        if byteorder:
            add_entry(zf, prefix + "/byteorder", b"little")
        for st in storages:
            add_entry(zf, prefix + "/data/" + st.key, st.data(), align=st.align, compress=compress_storages)
        add_entry(zf, prefix + "/version", b"3\n")
    print("wrote", path, os.path.getsize(path), "bytes")


def main():
    os.makedirs("torch", exist_ok=True)

    # The main fixture. The Go test recomputes every value from these formulas.
    emb = Storage("BFloat16Storage", "0", [(i - 6) * 0.25 for i in range(12)])
    norm = Storage("FloatStorage", "1", [0.1, -2.5, 3.14159, 1e-8, -0.0], align="odd")
    shared = Storage("BFloat16Storage", "2", [i * 0.5 - 2 for i in range(10)], align="odd")
    half = Storage("HalfStorage", "3", [1.0, -2.0, 0.5, 65504.0])
    longs = Storage("LongStorage", "4", [1, -2, 1 << 40], align="odd")
    scalar = Storage("FloatStorage", "5", [42.5])
    state = collections.OrderedDict()
    state["model.embed_tokens.weight"] = Tensor(emb, 0, [4, 3])
    state["model.norm.weight"] = Tensor(norm, 0, [5])
    state["layers.0.a"] = Tensor(shared, 0, [2, 3])
    state["layers.0.b"] = Tensor(shared, 6, [4])  # storage_offset 6
    state["layers.0.c"] = Tensor(shared, 7, [1, 3], stride=[5, 1])  # size-1 dim: its stride is free
    state["half.weight"] = Tensor(half, 0, [2, 2])
    state["position_ids"] = Tensor(longs, 0, [3])
    state["scale"] = Tensor(scalar, 0, [])
    state["lm_head.weight"] = Tensor(emb, 0, [4, 3])  # tied: shares storage 0
    write_bin("torch/pytorch_model.bin", "archive", state, [emb, norm, shared, half, longs, scalar])

    # A sharded checkpoint: two files and pytorch_model.bin.index.json.
    os.makedirs("torch/sharded", exist_ok=True)
    a = Storage("FloatStorage", "0", [1.0, 2.0, 3.0, 4.0])
    b = Storage("BFloat16Storage", "0", [-1.0, -2.0])
    s1 = collections.OrderedDict([("a.weight", Tensor(a, 0, [2, 2]))])
    s2 = collections.OrderedDict([("b.weight", Tensor(b, 0, [2]))])
    n1, n2 = "pytorch_model-00001-of-00002.bin", "pytorch_model-00002-of-00002.bin"
    write_bin("torch/sharded/" + n1, n1[:-4], s1, [a], byteorder=False)
    write_bin("torch/sharded/" + n2, n2[:-4], s2, [b], byteorder=False)
    with open("torch/sharded/pytorch_model.bin.index.json", "w") as f:
        json.dump({"metadata": {"total_size": 20}, "weight_map": {"a.weight": n1, "b.weight": n2}}, f, indent=2)
        f.write("\n")

    # Malformed files, one problem each.
    st = Storage("FloatStorage", "0", [float(i) for i in range(6)])
    write_bin("torch/noncontiguous.bin", "archive",
              {"t": Tensor(st, 0, [2, 3], stride=[1, 2])}, [st])
    write_bin("torch/offset_past_end.bin", "archive", {"t": Tensor(st, 4, [3])}, [st])
    short = Storage("FloatStorage", "0", [1.0, 2.0])
    short.numel = 3
    write_bin("torch/storage_size.bin", "archive", {"t": Tensor(short, 0, [2])}, [short])
    write_bin("torch/compressed.bin", "archive", {"t": Tensor(st, 0, [6])}, [st], compress_storages=True)
    write_bin("torch/nested.bin", "archive", {"state_dict": {"t": Tensor(st, 0, [6])}}, [st])
    write_bin("torch/evil.bin", "archive", {"t": Evil()}, [])


if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()

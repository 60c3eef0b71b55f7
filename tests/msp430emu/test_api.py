"""The library API (docs/api.md): RunConfig validated on construction, simulate() equal to ``msp430emu run
--json``, scenarios as configs, torture through run_campaign, a strategy added by registering it."""

from __future__ import annotations

import json
import shutil

import pytest
from firmware_build import build_app

import msp430emu
from msp430emu import ConfigError, PlanSpec, RunConfig, run_campaign, simulate
from msp430emu.checkpoint import registry
from msp430emu.checkpoint.strategies import Periodic
from msp430emu.cli.main import main
from msp430emu.config import DEFAULT_PROGRESS_BOOTS, OPTION_FIELDS
from msp430emu.power.progress import DEFAULT_REPEATS

pytestmark = pytest.mark.skipif(not shutil.which("clang-14"), reason="needs clang-14")
ENERGY = dict(preset="wisp4-mementos", harvester="rfid:4", max_time=30)


@pytest.fixture(scope="module")
def crc() -> str:
    return str(build_app("crc", "-O2"))


def cli_json(capsys, *argv) -> dict:
    assert main(["run", *map(str, argv), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def without_wall(d: dict) -> dict:
    return {k: v for k, v in d.items() if k != "wall_s"}


def test_simulate_equals_the_cli_on_continuous_power(capsys, crc):
    result = simulate(RunConfig(firmware=crc, dumps=["0x1C00:16"]))
    assert result.exit == "halt" and result.exit_code is not None
    assert without_wall(result.to_dict()) == without_wall(cli_json(capsys, crc, "--dump", "0x1C00:16"))
    assert result.read(0x1C00) == bytes.fromhex(result.dumps[0]["hex"]) and len(result.read(0x1C00)) == 16


@pytest.mark.parametrize("strategy", ["mementos-loop", "hibernus", "oracle"])
def test_simulate_equals_the_cli_on_harvested_energy(capsys, crc, strategy):
    result = simulate(RunConfig(firmware=crc, strategy=strategy, **ENERGY))
    cli = cli_json(capsys, crc, "--preset", "wisp4-mementos", "--harvest", "rfid:4", "--max-time", "30",
                   "--strategy", strategy)
    assert without_wall(result.to_dict()) == without_wall(cli)
    assert result.power_failures == cli["power_failures"] and result["strategy"] == strategy
    assert result.power_failures > 0 or (strategy == "hibernus" and result.checkpoints > 0)
    assert json.loads(result.to_json())["checkpoints"] == result.checkpoints


def test_the_same_config_gives_the_same_result_twice(crc):
    cfg = RunConfig(firmware=crc, strategy="mementos-timer:5000", **ENERGY)
    a, b = simulate(cfg), simulate(cfg)
    assert without_wall(a.to_dict()) == without_wall(b.to_dict())


def test_record_timeline_keeps_the_rows(crc):
    result = simulate(RunConfig(firmware=crc, record_timeline=True, **ENERGY))
    events = [row[3] for row in result.timeline]
    assert events.count("failure") == result.power_failures and events[-1] == f"end:{result.exit}"
    assert simulate(RunConfig(firmware=crc, **ENERGY)).timeline is None


@pytest.mark.parametrize("fields, message", [
    (dict(capacitor=0), "--cap: 0 must be > 0 F"),
    (dict(capacitor="47x"), "--cap"),
    (dict(strategy="mementos-sometimes"), "--strategy: 'mementos-sometimes' is not a strategy"),
    (dict(v_on=float("nan")), "--v-on: nan is not a finite number of V"),
    (dict(max_time=-1), "--max-time: -1 must be > 0 s"),
    (dict(max_cycles=0), "--max-cycles must be a positive number of cycles"),
    (dict(dumps=["0x1C00"]), "--dump: '0x1C00' must be START:LEN"),
    (dict(ckpt_region="0x10000"), "--ckpt-region"),
    (dict(progress_boots=0), "--progress-boots: 0 must be >= 1"),
    (dict(check_cycles=-3), "--check-cycles: -3 must be >= 0"),
    (dict(harvester=5), "--harvest: 5 is not a harvester spec"),
    (dict(timeline=5), "--timeline: 5 is not a file name"),
    (dict(trace_format="text"), "--trace-format text: needs --trace FILE"),
    (dict(dumps=[5]), "--dump: '5' must be START:LEN"),
])
def test_bad_values_are_refused_on_construction_with_the_cli_message(fields, message):
    with pytest.raises(ConfigError) as info:
        RunConfig(firmware="x.elf", **fields)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_a_firmware_that_is_not_a_path_is_a_config_error():
    with pytest.raises(ConfigError, match=r"^firmware: 5 is not a file name$"):
        RunConfig(firmware=5)


def test_one_dump_may_be_given_as_a_string():
    assert RunConfig(firmware="x.elf", dumps="0x1C00:4").dumps == ((0x1C00, 4),)


def test_values_are_normalised_to_si_numbers():
    cfg = RunConfig(capacitor="47u", v_on="2.4V", mclk="8MHz", max_time="1.5", ckpt_region="0x10000-0x13FFF",
                    dumps=[(0x1C00, 4)], check_cycles="0x20")
    assert (cfg.capacitor, cfg.v_on, cfg.mclk, cfg.max_time) == (pytest.approx(47e-6), 2.4, 8e6, 1.5)
    assert cfg.ckpt_region == (0x10000, 0x14000) and cfg.dumps == ((0x1C00, 4),) and cfg.check_cycles == 32
    assert cfg.intermittent and not RunConfig().intermittent
    assert cfg.replace(capacitor="10u").capacitor == pytest.approx(10e-6)


def test_cli_option_names_map_onto_fields():
    cfg = RunConfig.from_options({"fw": "a.elf", "cap": "10u", "harvest": "rfid:2", "dump": ["0x1C00:2"],
                                  "v_thresh": "2.2", "strategy": "mementos-loop"})
    assert (str(cfg.firmware), cfg.harvester, cfg.v_thresh) == ("a.elf", "rfid:2", 2.2)
    assert cfg.dumps == ((0x1C00, 2),)
    assert set(OPTION_FIELDS.values()) <= {f for f in RunConfig.__dataclass_fields__}
    with pytest.raises(ConfigError, match="unknown run option 'speed'"):
        RunConfig.from_options({"speed": "11"})
    assert DEFAULT_PROGRESS_BOOTS == DEFAULT_REPEATS


def test_a_scenario_loads_into_a_config(tmp_path, crc):
    cfg = RunConfig.from_scenario("default", build_dir=tmp_path, strategy="oracle")
    assert cfg.strategy == "oracle" and cfg.harvester.startswith("rfid:") and cfg.firmware.is_file()
    assert cfg.title == "scenario default"
    assert RunConfig.from_scenario("default", build_dir=tmp_path).strategy == "mementos-loop"


def test_an_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path, crc):
    elf = tmp_path / "fw.elf"
    elf.write_bytes(open(crc, "rb").read())
    before = elf.read_bytes()
    for option in ("trace", "timeline", "plot", "vcd"):
        with pytest.raises(ConfigError, match="is an input of this run"):
            simulate(RunConfig(firmware=elf, **{option: elf}, **ENERGY))
    link = tmp_path / "link.elf"
    link.symlink_to(elf)
    with pytest.raises(ConfigError, match="is an input of this run"):
        simulate(RunConfig(firmware=elf, trace=link))
    assert elf.read_bytes() == before


def test_torture_through_the_api(crc):
    report = run_campaign(RunConfig(firmware=crc, strategy="mementos-loop"), PlanSpec("random", failures=2,
                                                                                        trials=3, seed=1))
    d = report.to_dict()
    assert d["trials"] == 3 and d["mismatches"] == 0 and d["failures_injected"] >= 3


@pytest.mark.parametrize(("call", "message"), [
    (lambda crc: run_campaign(None, PlanSpec("random")), "run_campaign needs a RunConfig, not NoneType"),
    (lambda crc: run_campaign(RunConfig(firmware=crc, strategy="mementos-loop"), {"mode": "random"}),
     "run_campaign needs a PlanSpec, not dict"),
    (lambda crc: msp430emu.load_firmware(5), "5 is not a firmware file name"),
    (lambda crc: msp430emu.load_scenario(5), "--scenario: 5 is not a scenario name or file"),
])
def test_api_calls_with_wrong_argument_types_raise_the_package_errors(crc, call, message):
    with pytest.raises(msp430emu.EmuError) as info:
        call(crc)
    assert str(info.value) == message


def test_build_takes_one_source_and_one_include_dir_as_strings(tmp_path):
    if shutil.which("clang-14") is None:
        pytest.skip("clang-14 not installed")
    (tmp_path / "inc").mkdir()
    (tmp_path / "inc" / "k.h").write_text("#define K 7\n")
    (tmp_path / "m.c").write_text('#include "k.h"\nint main(void) { return K; }\n')
    elf = msp430emu.build(str(tmp_path / "m.c"), tmp_path / "m.elf", include_dirs=str(tmp_path / "inc"))
    assert simulate(RunConfig(firmware=elf)).exit_code == 7


def test_a_new_strategy_is_one_registration(monkeypatch, crc):
    monkeypatch.setattr(registry, "_KINDS", dict(registry._KINDS))
    msp430emu.register_strategy(msp430emu.StrategyKind(
        "every-4k", lambda spec, ctx: Periodic(4000), options=("check_cycles", "ckpt_region")))
    assert "every-4k" in registry.strategy_help()
    result = simulate(RunConfig(firmware=crc, strategy="every-4k"))
    assert result.exit == "halt" and result.checkpoints > 0 and result["strategy"] == "every-4k"
    with pytest.raises(ValueError, match="registered twice"):
        msp430emu.register_strategy(msp430emu.StrategyKind("oracle", None))

"""The datapath module of designs/rtl/aes128 (``aes128_core``) and the FSM tables it shares with the
generator: state codes, the partial decodes of the binary ``fsm_output``, the ``*_tr0`` transition inputs."""

from __future__ import annotations

# (state, code, successors): the binary state code is also the fsm_output value
STATES = (
    ("core_rlp_C_0", 0, ("main_C_0",)),
    ("main_C_0", 1, ("main_C_0", "LOAD_C_0")),
    ("LOAD_C_0", 2, ("LOAD_C_1",)),
    ("LOAD_C_1", 3, ("LOAD_C_0", "ROUND_C_0")),
    ("ROUND_C_0", 4, ("SUB_C_0",)),
    ("SUB_C_0", 5, ("SUB_C_0", "MIX_C_0")),
    ("MIX_C_0", 6, ("ROUND_C_0", "OUT_C_0")),
    ("OUT_C_0", 7, ("OUT_C_0", "main_C_1")),
    ("main_C_1", 8, ("main_C_0",)),
)
# datapath decodes of fsm_output (Catapult's and_dcpl_N): partial where the unused codes 9..15 allow it
DECODES = {
    "main_C_0": "(fsm_output[2:0]==3'b001)",
    "LOAD_C_0": "(fsm_output[2:0]==3'b010)",
    "LOAD_C_1": "(fsm_output[2:0]==3'b011)",
    "ROUND_C_0": "(fsm_output[2:0]==3'b100)",
    "SUB_C_0": "(fsm_output[2:0]==3'b101)",
    "MIX_C_0": "(fsm_output[2:0]==3'b110)",
    "OUT_C_0": "(fsm_output[2:0]==3'b111)",
    "main_C_1": "(fsm_output[3])",
}
# the FSM's conditional arms: state -> tr0 input (true: second successor)
TR0 = {
    "LOAD_C_1": "LOAD_C_1_tr0",
    "SUB_C_0": "SUB_C_0_tr0",
    "MIX_C_0": "MIX_C_0_tr0",
    "OUT_C_0": "OUT_C_0_tr0",
}
# (first successor when false, second when true) order of the tuples above: LOAD_C_1 false -> LOAD_C_0


def _dcpl(state: str) -> str:
    return f"and_dcpl_{[name for name, _, _ in STATES].index(state)}"


def _byte(vector: str, n: int) -> str:
    return f"{vector}[{127 - 8 * n}:{120 - 8 * n}]"


def _mix_column(a: list[str]) -> list[str]:
    """The four output bytes of MixColumns on column bytes a[0..3] (names of 8-bit wires and their xtime)."""
    x = [f"{name}_x2" for name in a]
    return [
        f"{x[0]} ^ {x[1]} ^ {a[1]} ^ {a[2]} ^ {a[3]}",
        f"{a[0]} ^ {x[1]} ^ {x[2]} ^ {a[2]} ^ {a[3]}",
        f"{a[0]} ^ {a[1]} ^ {x[2]} ^ {x[3]} ^ {a[3]}",
        f"{x[0]} ^ {a[0]} ^ {a[1]} ^ {a[2]} ^ {x[3]}",
    ]


def core_module() -> list[str]:
    """The lines of module aes128_core: registers, S-box instances, key schedule and round logic."""
    ports = (
        "clk, rst, ap_start, ap_done, key_address0, key_ce0, key_q0, pt_address0, pt_ce0, pt_q0,"
        " ct_address0, ct_ce0, ct_we0, ct_d0"
    )
    lines = [
        "// ------------------------------------------------------------------",
        "//  Design Unit:    aes128_core",
        "// ------------------------------------------------------------------",
        "",
        "",
        "module aes128_core (",
        f"  {ports}",
        ");",
        "  input clk;",
        "  input rst;",
        "  input ap_start;",
        "  output ap_done;",
        "  output [3:0] key_address0;",
        "  output key_ce0;",
        "  input [7:0] key_q0;",
        "  output [3:0] pt_address0;",
        "  output pt_ce0;",
        "  input [7:0] pt_q0;",
        "  output [3:0] ct_address0;",
        "  output ct_ce0;",
        "  output ct_we0;",
        "  output [7:0] ct_d0;",
        "",
        "",
        "  // Interconnect Declarations",
        "  wire core_wen;",
        "  wire [3:0] fsm_output;",
    ]
    lines += [f"  wire {signal};" for signal in TR0.values()]
    lines += [
        "  reg [127:0] st_sva;",
        "  reg [127:0] rk_sva;",
        "  reg [7:0] rcon_sva;",
        "  reg [3:0] i_sva;",
        "  reg [3:0] r_sva;",
        "  wire [7:0] sbox_sub_data;",
        "  wire [7:0] sbox_k0_data;",
        "  wire [7:0] sbox_k1_data;",
        "  wire [7:0] sbox_k2_data;",
        "  wire [7:0] sbox_k3_data;",
        "  wire [31:0] ROUND_temp_nl;",
        "  wire [31:0] ROUND_w0_nl;",
        "  wire [31:0] ROUND_w1_nl;",
        "  wire [31:0] ROUND_w2_nl;",
        "  wire [31:0] ROUND_w3_nl;",
        "  wire [7:0] rcon_x2_nl;",
    ]
    lines += [f"  wire [7:0] MIX_sr_{k}_nl;" for k in range(16)]
    lines += [f"  wire [7:0] MIX_sr_{k}_nl_x2;" for k in range(16)]
    lines += [
        "  wire [127:0] MIX_sr_nl;",
        "  wire [127:0] MIX_mc_nl;",
        "  wire [127:0] MIX_round_nl;",
    ]
    lines += [f"  wire {_dcpl(name)};" for name in DECODES]
    lines += [
        "",
        "",
        "  // Interconnect Declarations for Component Instantiations ",
        "  aes128_core_sbox_rom sbox_sub_inst (",
        "      .addr(st_sva[127:120]),",
        "      .data(sbox_sub_data)",
        "    );",
    ]
    # RotWord(w3): bytes 13, 14, 15, 12 of the round key
    for k, source in enumerate(("rk_sva[23:16]", "rk_sva[15:8]", "rk_sva[7:0]", "rk_sva[31:24]")):
        lines += [
            f"  aes128_core_sbox_rom sbox_k{k}_inst (",
            f"      .addr({source}),",
            f"      .data(sbox_k{k}_data)",
            "    );",
        ]
    lines += [
        "  aes128_core_staller aes128_core_staller_inst (",
        "      .core_wen(core_wen),",
        "      .ap_start(ap_start),",
        "      .fsm_output(fsm_output)",
        "    );",
        "  aes128_core_core_fsm aes128_core_core_fsm_inst (",
        "      .clk(clk),",
        "      .rst(rst),",
        "      .core_wen(core_wen),",
        "      .fsm_output(fsm_output),",
    ]
    lines += [f"      .{s}({s}){',' if k < len(TR0) - 1 else ''}" for k, s in enumerate(TR0.values())]
    lines += ["    );"]
    lines += [f"  assign {_dcpl(name)} = {decode};" for name, decode in DECODES.items()]
    lines += [
        "  assign LOAD_C_1_tr0 = (i_sva == 4'b1111);",
        "  assign SUB_C_0_tr0 = (i_sva == 4'b1111);",
        "  assign MIX_C_0_tr0 = (r_sva == 4'b1010);",
        "  assign OUT_C_0_tr0 = (i_sva == 4'b1111);",
        "  assign rcon_x2_nl = ({rcon_sva[6:0], 1'b0}) ^ (8'b00011011 & ({8{rcon_sva[7]}}));",
        "  assign ROUND_temp_nl = {(sbox_k0_data ^ rcon_sva), sbox_k1_data, sbox_k2_data, sbox_k3_data};",
        "  assign ROUND_w0_nl = rk_sva[127:96] ^ ROUND_temp_nl;",
        "  assign ROUND_w1_nl = rk_sva[95:64] ^ ROUND_w0_nl;",
        "  assign ROUND_w2_nl = rk_sva[63:32] ^ ROUND_w1_nl;",
        "  assign ROUND_w3_nl = rk_sva[31:0] ^ ROUND_w2_nl;",
    ]
    for k in range(16):
        row, column = k % 4, k // 4
        source = row + 4 * ((column + row) % 4)
        lines.append(f"  assign MIX_sr_{k}_nl = {_byte('st_sva', source)};")
    for k in range(16):
        name = f"MIX_sr_{k}_nl"
        lines.append(f"  assign {name}_x2 = ({{{name}[6:0], 1'b0}}) ^ (8'b00011011 & ({{8{{{name}[7]}}}}));")
    lines.append("  assign MIX_sr_nl = {" + ", ".join(f"MIX_sr_{k}_nl" for k in range(16)) + "};")
    mixed = []
    for column in range(4):
        mixed += _mix_column([f"MIX_sr_{4 * column + row}_nl" for row in range(4)])
    lines.append("  assign MIX_mc_nl = {" + ",\n      ".join(f"({term})" for term in mixed) + "};")
    lines += [
        "  assign MIX_round_nl = MUX_v_128_2_2(MIX_mc_nl, MIX_sr_nl, MIX_C_0_tr0);",
        "  assign key_address0 = i_sva;",
        f"  assign key_ce0 = {_dcpl('LOAD_C_0')};",
        "  assign pt_address0 = i_sva;",
        f"  assign pt_ce0 = {_dcpl('LOAD_C_0')};",
        "  assign ct_address0 = i_sva;",
        f"  assign ct_ce0 = {_dcpl('OUT_C_0')};",
        f"  assign ct_we0 = {_dcpl('OUT_C_0')};",
        "  assign ct_d0 = st_sva[127:120];",
        f"  assign ap_done = {_dcpl('main_C_1')};",
    ]
    count_states = " | ".join(_dcpl(s) for s in ("main_C_0", "LOAD_C_1", "ROUND_C_0", "SUB_C_0", "OUT_C_0"))
    lines += [
        "  always @(posedge clk) begin",
        "    if ( rst ) begin",
        "      i_sva <= 4'b0000;",
        "    end",
        f"    else if ( core_wen & ({count_states}) ) begin",
        f"      i_sva <= MUX_v_4_2_2(i_sva + 4'b0001, 4'b0000, {_dcpl('main_C_0')} | {_dcpl('ROUND_C_0')});",
        "    end",
        "  end",
        "  always @(posedge clk) begin",
        "    if ( rst ) begin",
        "      r_sva <= 4'b0000;",
        "    end",
        f"    else if ( core_wen & ({_dcpl('main_C_0')} | {_dcpl('MIX_C_0')}) ) begin",
        f"      r_sva <= MUX_v_4_2_2(r_sva + 4'b0001, 4'b0001, {_dcpl('main_C_0')});",
        "    end",
        "  end",
        "  always @(posedge clk) begin",
        f"    if ( core_wen & {_dcpl('main_C_0')} ) begin",
        "      rcon_sva <= 8'b00000001;",
        "    end",
        f"    else if ( core_wen & {_dcpl('ROUND_C_0')} ) begin",
        "      rcon_sva <= rcon_x2_nl;",
        "    end",
        "  end",
        "  always @(posedge clk) begin",
        f"    if ( core_wen & {_dcpl('LOAD_C_1')} ) begin",
        "      rk_sva <= {rk_sva[119:0], key_q0};",
        "    end",
        f"    else if ( core_wen & {_dcpl('ROUND_C_0')} ) begin",
        "      rk_sva <= {ROUND_w0_nl, ROUND_w1_nl, ROUND_w2_nl, ROUND_w3_nl};",
        "    end",
        "  end",
        "  always @(posedge clk) begin",
        f"    if ( core_wen & {_dcpl('LOAD_C_1')} ) begin",
        "      st_sva <= {st_sva[119:0], (pt_q0 ^ key_q0)};",
        "    end",
        f"    else if ( core_wen & {_dcpl('SUB_C_0')} ) begin",
        "      st_sva <= {st_sva[119:0], sbox_sub_data};",
        "    end",
        f"    else if ( core_wen & {_dcpl('MIX_C_0')} ) begin",
        "      st_sva <= MIX_round_nl ^ rk_sva;",
        "    end",
        f"    else if ( core_wen & {_dcpl('OUT_C_0')} ) begin",
        "      st_sva <= {st_sva[119:0], 8'b00000000};",
        "    end",
        "  end",
        "",
    ]
    for width in (4, 128):
        lines += [
            f"  function automatic [{width - 1}:0] MUX_v_{width}_2_2;",
            f"    input [{width - 1}:0] input_0;",
            f"    input [{width - 1}:0] input_1;",
            "    input [0:0] sel;",
            f"    reg [{width - 1}:0] result;",
            "  begin",
            "    case (sel)",
            "      1'b0 : begin",
            "        result = input_0;",
            "      end",
            "      default : begin",
            "        result = input_1;",
            "      end",
            "    endcase",
            f"    MUX_v_{width}_2_2 = result;",
            "  end",
            "  endfunction",
            "",
            "",
        ]
    lines += ["endmodule", ""]
    return lines

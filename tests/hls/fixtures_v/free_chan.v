// In the shape of a free-running Catapult HLS design (no start/done: the main loop runs forever) with
// mgc_in_wire_wait / mgc_out_stdreg_wait channels: data z, the environment's vz, the design's lz. Reads a
// word, mixes it into a running total over four steps, writes the total. Hand-written for the tests.
`timescale 1 ns / 1 ps
module free_chan (clk, rst, chn_a_rsc_z, chn_a_rsc_vz, chn_a_rsc_lz, chn_o_rsc_z, chn_o_rsc_vz, chn_o_rsc_lz);
  input clk;
  input rst;
  input [15:0] chn_a_rsc_z;
  input chn_a_rsc_vz;
  output chn_a_rsc_lz;
  output [15:0] chn_o_rsc_z;
  input chn_o_rsc_vz;
  output chn_o_rsc_lz;
  parameter main_C_0 = 2'd0;
  parameter mix_C_0 = 2'd1;
  parameter out_C_0 = 2'd2;
  reg [1:0] state_var;
  reg [1:0] k;
  reg [15:0] x;
  reg [15:0] total;
  assign chn_a_rsc_lz = (state_var == main_C_0);
  assign chn_o_rsc_lz = (state_var == out_C_0);
  assign chn_o_rsc_z = total;
  always @(posedge clk) begin
    if (rst) begin
      state_var <= main_C_0;
    end else begin
      case (state_var)
        main_C_0: if (chn_a_rsc_vz) state_var <= mix_C_0;
        mix_C_0: if (k == 2'd3) state_var <= out_C_0;
        out_C_0: if (chn_o_rsc_vz) state_var <= main_C_0;
        default: state_var <= main_C_0;
      endcase
    end
  end
  always @(posedge clk) begin
    if (rst) begin
      total <= 16'd0;
      k <= 2'd0;
    end else if (state_var == main_C_0 && chn_a_rsc_vz) begin
      x <= chn_a_rsc_z;
      k <= 2'd0;
    end else if (state_var == mix_C_0) begin
      total <= (total ^ x) * 16'd5 + {14'd0, k};
      x <= {x[14:0], x[15]};
      k <= k + 2'd1;
    end
  end
endmodule

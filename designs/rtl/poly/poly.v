// ----------------------------------------------------------------------
//  Hand-written in the style of Catapult HLS (Verilog Netlister, 2023-2025 series) output that carries
//  Catapult's parametric library components next to the design: ccs_muladd_v1 below (written here for this
//  project, in the manner of Catapult's mgc_muladd1) sizes its product with a constant function over
//  `input integer` arguments and picks a signed or unsigned body with generate-if; the I/O wrappers are
//  ccs_in_v1-style pass-through modules. FSM module poly_core_core_fsm with one-hot fsm_output, registers with
//  an asynchronous reset (Catapult's async-reset option, here active high on ap_rst). Ports renamed to the
//  project handshake (ap_start/ap_done) and an ap_memory port for the coefficients. Source function:
//
//    int poly(const short c[8], short x) {          // Horner: c[7] x^7 + ... + c[1] x + c[0]
//      int acc = c[7];
//      HORNER: for (int i = 6; i >= 0; i--) acc = acc * x + c[i];
//      return acc;
//    }
// ----------------------------------------------------------------------
`timescale 1 ns / 1 ps

module ccs_in_v1 (idat, dat);

  parameter integer rscid = 1;
  parameter integer width = 8;

  output [width-1:0] idat;
  input  [width-1:0] dat;

  wire   [width-1:0] idat;

  assign idat = dat;

endmodule

module ccs_muladd_v1 (a, b, c, z);
  // z = a * b + c, operands signed or unsigned
  parameter width_a = 0;
  parameter signd_a = 0;
  parameter width_b = 0;
  parameter signd_b = 0;
  parameter width_c = 0;
  parameter signd_c = 0;
  parameter width_z = 0;

  function integer max_of;
    input integer left;
    input integer right;
  begin
    if (left > right) max_of = left;
    else max_of = right;
  end endfunction

  input  [width_a-1:0] a;
  input  [width_b-1:0] b;
  input  [width_c-1:0] c;
  output [width_z-1:0] z;

  localparam width_p = max_of(width_a + width_b, width_c) + 1;

  wire [width_p-1:0] p;

  generate
    if (signd_a && signd_b) begin
      assign p = $signed(a) * $signed(b) + $signed(c);
    end else begin
      assign p = a * b + c;
    end
  endgenerate

  assign z = p[width_z-1:0];
endmodule

// ------------------------------------------------------------------
//  Design Unit:    poly_core_core_fsm
//  FSM Module
// ------------------------------------------------------------------


module poly_core_core_fsm (
  clk, rst, core_wen, fsm_output, HORNER_C_1_tr0
);
  input clk;
  input rst;
  input core_wen;
  output [6:0] fsm_output;
  reg [6:0] fsm_output;
  input HORNER_C_1_tr0;


  // FSM State Type Declaration for poly_core_core_fsm_1
  parameter
    core_rlp_C_0 = 3'd0,
    main_C_0 = 3'd1,
    LOAD_C_0 = 3'd2,
    LOAD_C_1 = 3'd3,
    HORNER_C_0 = 3'd4,
    HORNER_C_1 = 3'd5,
    main_C_1 = 3'd6;

  reg [2:0] state_var;
  reg [2:0] state_var_NS;


  // Interconnect Declarations for Component Instantiations 
  always @(*)
  begin : poly_core_core_fsm_1
    case (state_var)
      main_C_0 : begin
        fsm_output = 7'b0000010;
        state_var_NS = LOAD_C_0;
      end
      LOAD_C_0 : begin
        fsm_output = 7'b0000100;
        state_var_NS = LOAD_C_1;
      end
      LOAD_C_1 : begin
        fsm_output = 7'b0001000;
        state_var_NS = HORNER_C_0;
      end
      HORNER_C_0 : begin
        fsm_output = 7'b0010000;
        state_var_NS = HORNER_C_1;
      end
      HORNER_C_1 : begin
        fsm_output = 7'b0100000;
        if ( HORNER_C_1_tr0 ) begin
          state_var_NS = main_C_1;
        end
        else begin
          state_var_NS = HORNER_C_0;
        end
      end
      main_C_1 : begin
        fsm_output = 7'b1000000;
        state_var_NS = main_C_0;
      end
      // core_rlp_C_0
      default : begin
        fsm_output = 7'b0000001;
        state_var_NS = main_C_0;
      end
    endcase
  end

  always @(posedge clk or posedge rst) begin
    if ( rst ) begin
      state_var <= core_rlp_C_0;
    end
    else if ( core_wen ) begin
      state_var <= state_var_NS;
    end
  end

endmodule

// ------------------------------------------------------------------
//  Design Unit:    poly_core
// ------------------------------------------------------------------


module poly_core (
  clk, rst, ap_start, ap_done, x_rsc_dat, c_address0, c_ce0, c_q0, return_rsc_dat
);
  input clk;
  input rst;
  input ap_start;
  output ap_done;
  input [15:0] x_rsc_dat;
  output [2:0] c_address0;
  output c_ce0;
  input [15:0] c_q0;
  output [31:0] return_rsc_dat;


  // Interconnect Declarations
  wire core_wen;
  wire [6:0] fsm_output;
  wire HORNER_C_1_tr0;
  wire [15:0] x_rsci_idat;
  wire [31:0] HORNER_acc_cmp_z;
  reg [15:0] x_sva;
  reg [31:0] acc_sva;
  reg [2:0] i_sva;


  // Interconnect Declarations for Component Instantiations 
  ccs_in_v1 #(.rscid(32'sd1),
  .width(32'sd16)) x_rsci (
      .dat(x_rsc_dat),
      .idat(x_rsci_idat)
    );
  ccs_muladd_v1 #(.width_a(32'sd32),
  .signd_a(32'sd1),
  .width_b(32'sd16),
  .signd_b(32'sd1),
  .width_c(32'sd16),
  .signd_c(32'sd1),
  .width_z(32'sd32)) HORNER_acc_cmp (
      .a(acc_sva),
      .b(x_sva),
      .c(c_q0),
      .z(HORNER_acc_cmp_z)
    );
  poly_core_core_fsm poly_core_core_fsm_inst (
      .clk(clk),
      .rst(rst),
      .core_wen(core_wen),
      .fsm_output(fsm_output),
      .HORNER_C_1_tr0(HORNER_C_1_tr0)
    );
  assign core_wen = ~((fsm_output[1]) & (~ ap_start));
  assign HORNER_C_1_tr0 = (i_sva == 3'b000);
  assign c_address0 = MUX_v_3_2_2(i_sva, 3'b111, fsm_output[2]);
  assign c_ce0 = (fsm_output[2]) | (fsm_output[4]);
  assign ap_done = fsm_output[6];
  assign return_rsc_dat = acc_sva;
  always @(posedge clk or posedge rst) begin
    if ( rst ) begin
      i_sva <= 3'b000;
    end
    else if ( core_wen & ((fsm_output[3]) | (fsm_output[5])) ) begin
      i_sva <= MUX_v_3_2_2(i_sva - 3'b001, 3'b110, fsm_output[3]);
    end
  end
  always @(posedge clk) begin
    if ( core_wen & (fsm_output[1]) ) begin
      x_sva <= x_rsci_idat;
    end
  end
  always @(posedge clk) begin
    if ( core_wen & (fsm_output[3]) ) begin
      acc_sva <= {{16{c_q0[15]}}, c_q0};
    end
    else if ( core_wen & (fsm_output[5]) ) begin
      acc_sva <= HORNER_acc_cmp_z;
    end
  end

  function automatic [2:0] MUX_v_3_2_2;
    input [2:0] input_0;
    input [2:0] input_1;
    input [0:0] sel;
    reg [2:0] result;
  begin
    case (sel)
      1'b0 : begin
        result = input_0;
      end
      default : begin
        result = input_1;
      end
    endcase
    MUX_v_3_2_2 = result;
  end
  endfunction

endmodule

// ------------------------------------------------------------------
//  Design Unit:    poly
// ------------------------------------------------------------------


module poly (
  ap_clk, ap_rst, ap_start, ap_done, x, c_address0, c_ce0, c_q0, ap_return
);
  input ap_clk;
  input ap_rst;
  input ap_start;
  output ap_done;
  input [15:0] x;
  output [2:0] c_address0;
  output c_ce0;
  input [15:0] c_q0;
  output [31:0] ap_return;



  // Interconnect Declarations for Component Instantiations 
  poly_core poly_core_inst (
      .clk(ap_clk),
      .rst(ap_rst),
      .ap_start(ap_start),
      .ap_done(ap_done),
      .x_rsc_dat(x),
      .c_address0(c_address0),
      .c_ce0(c_ce0),
      .c_q0(c_q0),
      .return_rsc_dat(ap_return)
    );
endmodule

// ----------------------------------------------------------------------
//  Hand-written in the style of Catapult HLS (Verilog Netlister, 10.5 series):
//  the FSM in its own module (sha256_core_core_fsm: binary state_var/state_var_NS, one-hot fsm_output
//  vector into the datapath, transitions on *_tr0 inputs, advance gated by core_wen from a staller module),
//  the datapath in sha256_core (registers named *_sva, Catapult MUX_* functions), top module sha256.
//  Catapult's ccs_in/ccs_out channels are replaced by the project handshake ap_start/ap_done and ap_memory
//  ports for the message block (msg, 16 x 32, read) and the digest (digest, 8 x 32, write).
//
//  Source function (one SHA-256 compression of a 512-bit block from the standard initial hash value):
//
//    void sha256(const uint32 msg[16], uint32 digest[8]) {
//      uint32 W[16], a = H0[0], ..., h = H0[7];
//      load:   for (t = 0; t < 16; t++) W[t] = msg[t];
//      rounds: for (t = 0; t < 64; t++) {
//                uint32 wt = t < 16 ? W[t] : s1(W[(t-2)%16]) + W[(t-7)%16] + s0(W[(t-15)%16]) + W[t%16];
//                W[t % 16] = wt;
//                uint32 T1 = h + S1(e) + Ch(e,f,g) + K[t] + wt, T2 = S0(a) + Maj(a,b,c);
//                h = g; g = f; f = e; e = d + T1; d = c; c = b; b = a; a = T1 + T2;
//              }
//      final:  for (i = 0; i < 8; i++) digest[i] = H0[i] + {a,b,c,d,e,f,g,h}[i];
//    }
// ----------------------------------------------------------------------
`timescale 1 ns / 1 ps

// ------------------------------------------------------------------
//  Design Unit:    sha256_core_K_rom
//  Constant table of the rounds loop (combinational ROM)
// ------------------------------------------------------------------


module sha256_core_K_rom (
  addr, K_q
);
  input [5:0] addr;
  output [31:0] K_q;
  reg [31:0] K_q;

  always @(*)
  begin : sha256_core_K_rom_1
    case (addr)
      6'd0 : K_q = 32'h428a2f98;
      6'd1 : K_q = 32'h71374491;
      6'd2 : K_q = 32'hb5c0fbcf;
      6'd3 : K_q = 32'he9b5dba5;
      6'd4 : K_q = 32'h3956c25b;
      6'd5 : K_q = 32'h59f111f1;
      6'd6 : K_q = 32'h923f82a4;
      6'd7 : K_q = 32'hab1c5ed5;
      6'd8 : K_q = 32'hd807aa98;
      6'd9 : K_q = 32'h12835b01;
      6'd10 : K_q = 32'h243185be;
      6'd11 : K_q = 32'h550c7dc3;
      6'd12 : K_q = 32'h72be5d74;
      6'd13 : K_q = 32'h80deb1fe;
      6'd14 : K_q = 32'h9bdc06a7;
      6'd15 : K_q = 32'hc19bf174;
      6'd16 : K_q = 32'he49b69c1;
      6'd17 : K_q = 32'hefbe4786;
      6'd18 : K_q = 32'h0fc19dc6;
      6'd19 : K_q = 32'h240ca1cc;
      6'd20 : K_q = 32'h2de92c6f;
      6'd21 : K_q = 32'h4a7484aa;
      6'd22 : K_q = 32'h5cb0a9dc;
      6'd23 : K_q = 32'h76f988da;
      6'd24 : K_q = 32'h983e5152;
      6'd25 : K_q = 32'ha831c66d;
      6'd26 : K_q = 32'hb00327c8;
      6'd27 : K_q = 32'hbf597fc7;
      6'd28 : K_q = 32'hc6e00bf3;
      6'd29 : K_q = 32'hd5a79147;
      6'd30 : K_q = 32'h06ca6351;
      6'd31 : K_q = 32'h14292967;
      6'd32 : K_q = 32'h27b70a85;
      6'd33 : K_q = 32'h2e1b2138;
      6'd34 : K_q = 32'h4d2c6dfc;
      6'd35 : K_q = 32'h53380d13;
      6'd36 : K_q = 32'h650a7354;
      6'd37 : K_q = 32'h766a0abb;
      6'd38 : K_q = 32'h81c2c92e;
      6'd39 : K_q = 32'h92722c85;
      6'd40 : K_q = 32'ha2bfe8a1;
      6'd41 : K_q = 32'ha81a664b;
      6'd42 : K_q = 32'hc24b8b70;
      6'd43 : K_q = 32'hc76c51a3;
      6'd44 : K_q = 32'hd192e819;
      6'd45 : K_q = 32'hd6990624;
      6'd46 : K_q = 32'hf40e3585;
      6'd47 : K_q = 32'h106aa070;
      6'd48 : K_q = 32'h19a4c116;
      6'd49 : K_q = 32'h1e376c08;
      6'd50 : K_q = 32'h2748774c;
      6'd51 : K_q = 32'h34b0bcb5;
      6'd52 : K_q = 32'h391c0cb3;
      6'd53 : K_q = 32'h4ed8aa4a;
      6'd54 : K_q = 32'h5b9cca4f;
      6'd55 : K_q = 32'h682e6ff3;
      6'd56 : K_q = 32'h748f82ee;
      6'd57 : K_q = 32'h78a5636f;
      6'd58 : K_q = 32'h84c87814;
      6'd59 : K_q = 32'h8cc70208;
      6'd60 : K_q = 32'h90befffa;
      6'd61 : K_q = 32'ha4506ceb;
      6'd62 : K_q = 32'hbef9a3f7;
      6'd63 : K_q = 32'hc67178f2;
      default : K_q = 32'h00000000;
    endcase
  end

endmodule

// ------------------------------------------------------------------
//  Design Unit:    sha256_core_core_fsm
//  FSM Module
// ------------------------------------------------------------------


module sha256_core_core_fsm (
  clk, rst, core_wen, fsm_output, load_C_1_tr0, rounds_C_1_tr0, final_C_0_tr0
);
  input clk;
  input rst;
  input core_wen;
  output [7:0] fsm_output;
  reg [7:0] fsm_output;
  input load_C_1_tr0;
  input rounds_C_1_tr0;
  input final_C_0_tr0;


  // FSM State Type Declaration for sha256_core_core_fsm_1
  parameter
    core_rlp_C_0 = 3'd0,
    main_C_0 = 3'd1,
    load_C_0 = 3'd2,
    load_C_1 = 3'd3,
    rounds_C_0 = 3'd4,
    rounds_C_1 = 3'd5,
    final_C_0 = 3'd6,
    main_C_1 = 3'd7;

  reg [2:0] state_var;
  reg [2:0] state_var_NS;


  // Interconnect Declarations for Component Instantiations 
  always @(*)
  begin : sha256_core_core_fsm_1
    case (state_var)
      main_C_0 : begin
        fsm_output = 8'b00000010;
        state_var_NS = load_C_0;
      end
      load_C_0 : begin
        fsm_output = 8'b00000100;
        state_var_NS = load_C_1;
      end
      load_C_1 : begin
        fsm_output = 8'b00001000;
        if ( load_C_1_tr0 ) begin
          state_var_NS = rounds_C_0;
        end
        else begin
          state_var_NS = load_C_0;
        end
      end
      rounds_C_0 : begin
        fsm_output = 8'b00010000;
        state_var_NS = rounds_C_1;
      end
      rounds_C_1 : begin
        fsm_output = 8'b00100000;
        if ( rounds_C_1_tr0 ) begin
          state_var_NS = final_C_0;
        end
        else begin
          state_var_NS = rounds_C_0;
        end
      end
      final_C_0 : begin
        fsm_output = 8'b01000000;
        if ( final_C_0_tr0 ) begin
          state_var_NS = main_C_1;
        end
        else begin
          state_var_NS = final_C_0;
        end
      end
      main_C_1 : begin
        fsm_output = 8'b10000000;
        state_var_NS = main_C_0;
      end
      // core_rlp_C_0
      default : begin
        fsm_output = 8'b00000001;
        state_var_NS = main_C_0;
      end
    endcase
  end

  always @(posedge clk) begin
    if ( rst ) begin
      state_var <= core_rlp_C_0;
    end
    else if ( core_wen ) begin
      state_var <= state_var_NS;
    end
  end

endmodule

// ------------------------------------------------------------------
//  Design Unit:    sha256_core_staller
// ------------------------------------------------------------------


module sha256_core_staller (
  core_wen, ap_start, fsm_output
);
  output core_wen;
  input ap_start;
  input [7:0] fsm_output;


  // Interconnect Declarations for Component Instantiations 
  assign core_wen = ~((fsm_output[1]) & (~ ap_start));
endmodule

// ------------------------------------------------------------------
//  Design Unit:    sha256_core
// ------------------------------------------------------------------


module sha256_core (
  clk, rst, ap_start, ap_done, msg_address0, msg_ce0, msg_q0, digest_address0, digest_ce0, digest_we0,
      digest_d0
);
  input clk;
  input rst;
  input ap_start;
  output ap_done;
  output [3:0] msg_address0;
  output msg_ce0;
  input [31:0] msg_q0;
  output [2:0] digest_address0;
  output digest_ce0;
  output digest_we0;
  output [31:0] digest_d0;


  // Interconnect Declarations
  wire core_wen;
  wire [7:0] fsm_output;
  wire load_C_1_tr0;
  wire rounds_C_1_tr0;
  wire final_C_0_tr0;
  reg [5:0] t_sva;
  reg [2:0] final_i_sva;
  reg [31:0] a_sva;
  reg [31:0] b_sva;
  reg [31:0] c_sva;
  reg [31:0] d_sva;
  reg [31:0] e_sva;
  reg [31:0] f_sva;
  reg [31:0] g_sva;
  reg [31:0] h_sva;
  reg [31:0] wt_sva;
  reg [31:0] W_sva [0:15];
  wire [31:0] K_rom_q;
  wire [5:0] t_sva_mx0w0;
  wire [3:0] W_idx_t;
  wire [3:0] W_idx_t_2;
  wire [3:0] W_idx_t_7;
  wire [3:0] W_idx_t_15;
  wire [31:0] W_t_2;
  wire [31:0] W_t_15;
  wire [31:0] rounds_s0_nl;
  wire [31:0] rounds_s1_nl;
  wire [31:0] rounds_wt_sched_nl;
  wire [31:0] rounds_wt_nl;
  wire [31:0] rounds_S1_nl;
  wire [31:0] rounds_ch_nl;
  wire [31:0] rounds_S0_nl;
  wire [31:0] rounds_maj_nl;
  wire [31:0] rounds_T1_nl;
  wire [31:0] rounds_T2_nl;
  reg [31:0] final_H0_nl;
  reg [31:0] final_var_nl;
  wire or_dcpl_3;


  // Interconnect Declarations for Component Instantiations 
  sha256_core_K_rom K_rom_inst (
      .addr(t_sva),
      .K_q(K_rom_q)
    );
  sha256_core_staller sha256_core_staller_inst (
      .core_wen(core_wen),
      .ap_start(ap_start),
      .fsm_output(fsm_output)
    );
  sha256_core_core_fsm sha256_core_core_fsm_inst (
      .clk(clk),
      .rst(rst),
      .core_wen(core_wen),
      .fsm_output(fsm_output),
      .load_C_1_tr0(load_C_1_tr0),
      .rounds_C_1_tr0(rounds_C_1_tr0),
      .final_C_0_tr0(final_C_0_tr0)
    );
  assign load_C_1_tr0 = (t_sva[3:0] == 4'b1111);
  assign rounds_C_1_tr0 = (t_sva == 6'b111111);
  assign final_C_0_tr0 = (final_i_sva == 3'b111);
  assign or_dcpl_3 = (fsm_output[3]) & load_C_1_tr0;
  assign t_sva_mx0w0 = t_sva + 6'b000001;
  assign W_idx_t = t_sva[3:0];
  assign W_idx_t_2 = t_sva[3:0] - 4'd2;
  assign W_idx_t_7 = t_sva[3:0] - 4'd7;
  assign W_idx_t_15 = t_sva[3:0] - 4'd15;
  assign W_t_2 = W_sva[W_idx_t_2];
  assign W_t_15 = W_sva[W_idx_t_15];
  assign rounds_s0_nl = ({W_t_15[6:0], W_t_15[31:7]}) ^ ({W_t_15[17:0], W_t_15[31:18]}) ^ (W_t_15 >> 3);
  assign rounds_s1_nl = ({W_t_2[16:0], W_t_2[31:17]}) ^ ({W_t_2[18:0], W_t_2[31:19]}) ^ (W_t_2 >> 10);
  assign rounds_wt_sched_nl = rounds_s1_nl + W_sva[W_idx_t_7] + rounds_s0_nl + W_sva[W_idx_t];
  assign rounds_wt_nl = MUX_v_32_2_2(rounds_wt_sched_nl, W_sva[W_idx_t], ~(t_sva[5] | t_sva[4]));
  assign rounds_S1_nl = ({e_sva[5:0], e_sva[31:6]}) ^ ({e_sva[10:0], e_sva[31:11]}) ^ ({e_sva[24:0],
      e_sva[31:25]});
  assign rounds_ch_nl = (e_sva & f_sva) ^ ((~ e_sva) & g_sva);
  assign rounds_S0_nl = ({a_sva[1:0], a_sva[31:2]}) ^ ({a_sva[12:0], a_sva[31:13]}) ^ ({a_sva[21:0],
      a_sva[31:22]});
  assign rounds_maj_nl = (a_sva & b_sva) ^ (a_sva & c_sva) ^ (b_sva & c_sva);
  assign rounds_T1_nl = h_sva + rounds_S1_nl + rounds_ch_nl + K_rom_q + wt_sva;
  assign rounds_T2_nl = rounds_S0_nl + rounds_maj_nl;
  always @(*)
  begin : final_sel
    case (final_i_sva)
      3'd0 : begin
        final_H0_nl = 32'h6a09e667;
        final_var_nl = a_sva;
      end
      3'd1 : begin
        final_H0_nl = 32'hbb67ae85;
        final_var_nl = b_sva;
      end
      3'd2 : begin
        final_H0_nl = 32'h3c6ef372;
        final_var_nl = c_sva;
      end
      3'd3 : begin
        final_H0_nl = 32'ha54ff53a;
        final_var_nl = d_sva;
      end
      3'd4 : begin
        final_H0_nl = 32'h510e527f;
        final_var_nl = e_sva;
      end
      3'd5 : begin
        final_H0_nl = 32'h9b05688c;
        final_var_nl = f_sva;
      end
      3'd6 : begin
        final_H0_nl = 32'h1f83d9ab;
        final_var_nl = g_sva;
      end
      default : begin
        final_H0_nl = 32'h5be0cd19;
        final_var_nl = h_sva;
      end
    endcase
  end
  assign msg_address0 = t_sva[3:0];
  assign msg_ce0 = fsm_output[2];
  assign digest_address0 = final_i_sva;
  assign digest_ce0 = fsm_output[6];
  assign digest_we0 = fsm_output[6];
  assign digest_d0 = final_H0_nl + final_var_nl;
  assign ap_done = fsm_output[7];
  always @(posedge clk) begin
    if ( rst ) begin
      t_sva <= 6'b000000;
    end
    else if ( core_wen & ((fsm_output[1]) | (fsm_output[3]) | (fsm_output[5])) ) begin
      t_sva <= MUX_v_6_2_2(t_sva_mx0w0, 6'b000000, (fsm_output[1]) | or_dcpl_3);
    end
  end
  always @(posedge clk) begin
    if ( rst ) begin
      final_i_sva <= 3'b000;
    end
    else if ( core_wen & ((fsm_output[1]) | (fsm_output[6])) ) begin
      final_i_sva <= MUX_v_3_2_2(final_i_sva + 3'b001, 3'b000, fsm_output[1]);
    end
  end
  always @(posedge clk) begin
    if ( core_wen & (fsm_output[3]) ) begin
      W_sva[W_idx_t] <= msg_q0;
    end
    else if ( core_wen & (fsm_output[4]) ) begin
      W_sva[W_idx_t] <= rounds_wt_nl;
    end
  end
  always @(posedge clk) begin
    if ( core_wen & (fsm_output[4]) ) begin
      wt_sva <= rounds_wt_nl;
    end
  end
  always @(posedge clk) begin
    if ( core_wen & (fsm_output[1]) ) begin
      a_sva <= 32'h6a09e667;
      b_sva <= 32'hbb67ae85;
      c_sva <= 32'h3c6ef372;
      d_sva <= 32'ha54ff53a;
      e_sva <= 32'h510e527f;
      f_sva <= 32'h9b05688c;
      g_sva <= 32'h1f83d9ab;
      h_sva <= 32'h5be0cd19;
    end
    else if ( core_wen & (fsm_output[5]) ) begin
      a_sva <= rounds_T1_nl + rounds_T2_nl;
      b_sva <= a_sva;
      c_sva <= b_sva;
      d_sva <= c_sva;
      e_sva <= d_sva + rounds_T1_nl;
      f_sva <= e_sva;
      g_sva <= f_sva;
      h_sva <= g_sva;
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


  function automatic [5:0] MUX_v_6_2_2;
    input [5:0] input_0;
    input [5:0] input_1;
    input [0:0] sel;
    reg [5:0] result;
  begin
    case (sel)
      1'b0 : begin
        result = input_0;
      end
      default : begin
        result = input_1;
      end
    endcase
    MUX_v_6_2_2 = result;
  end
  endfunction


  function automatic [31:0] MUX_v_32_2_2;
    input [31:0] input_0;
    input [31:0] input_1;
    input [0:0] sel;
    reg [31:0] result;
  begin
    case (sel)
      1'b0 : begin
        result = input_0;
      end
      default : begin
        result = input_1;
      end
    endcase
    MUX_v_32_2_2 = result;
  end
  endfunction

endmodule

// ------------------------------------------------------------------
//  Design Unit:    sha256
// ------------------------------------------------------------------


module sha256 (
  ap_clk, ap_rst, ap_start, ap_done, msg_address0, msg_ce0, msg_q0, digest_address0, digest_ce0, digest_we0,
      digest_d0
);
  input ap_clk;
  input ap_rst;
  input ap_start;
  output ap_done;
  output [3:0] msg_address0;
  output msg_ce0;
  input [31:0] msg_q0;
  output [2:0] digest_address0;
  output digest_ce0;
  output digest_we0;
  output [31:0] digest_d0;



  // Interconnect Declarations for Component Instantiations 
  sha256_core sha256_core_inst (
      .clk(ap_clk),
      .rst(ap_rst),
      .ap_start(ap_start),
      .ap_done(ap_done),
      .msg_address0(msg_address0),
      .msg_ce0(msg_ce0),
      .msg_q0(msg_q0),
      .digest_address0(digest_address0),
      .digest_ce0(digest_ce0),
      .digest_we0(digest_we0),
      .digest_d0(digest_d0)
    );
endmodule

// ==============================================================
// Hand-written in the style of Vivado(TM) HLS 2019.1 output (block-level ap_ctrl_hs, one-hot ap_CS_fsm with
// ap_ST_fsm_stateN parameters, one always block per register, ap_memory ports, a local array as a reg
// array): one SHA-1 compression (FIPS 180-4, section 6.1.2) of the 16-word block msg with a 16-word circular
// message schedule W, digest = H(0) + final a..e. Not tool output.
//   state1: idle; on ap_start a..e <= H(0), i <= 0
//   state2: loop header: i == 80 exits to state4; else reads msg[i] when i < 16
//   state3: one SHA-1 step: W[i mod 16] <= W_t, a..e updated; i <= i + 1
//   state4: digest loop (self-loop): writes digest[j], j <= j + 1, until j == 5
//   state5: ap_done
// ==============================================================
`timescale 1 ns / 1 ps

(* CORE_GENERATION_INFO="sha1,hls_ip_2019_1,{HLS_INPUT_TYPE=c,HLS_SYN_LAT=168}" *)

module sha1 (
        ap_clk,
        ap_rst,
        ap_start,
        ap_done,
        ap_idle,
        ap_ready,
        msg_address0,
        msg_ce0,
        msg_q0,
        digest_address0,
        digest_ce0,
        digest_we0,
        digest_d0
);

parameter    ap_ST_fsm_state1 = 5'd1;
parameter    ap_ST_fsm_state2 = 5'd2;
parameter    ap_ST_fsm_state3 = 5'd4;
parameter    ap_ST_fsm_state4 = 5'd8;
parameter    ap_ST_fsm_state5 = 5'd16;

input   ap_clk;
input   ap_rst;
input   ap_start;
output   ap_done;
output   ap_idle;
output   ap_ready;
output  [3:0] msg_address0;
output   msg_ce0;
input  [31:0] msg_q0;
output  [2:0] digest_address0;
output   digest_ce0;
output   digest_we0;
output  [31:0] digest_d0;

reg ap_done;
reg ap_idle;
reg ap_ready;
reg msg_ce0;
reg digest_ce0;
reg digest_we0;
reg [31:0] digest_d0;

(* fsm_encoding = "none" *) reg   [4:0] ap_CS_fsm;
wire    ap_CS_fsm_state1;
wire    ap_CS_fsm_state2;
wire    ap_CS_fsm_state3;
wire    ap_CS_fsm_state4;
wire    ap_CS_fsm_state5;
reg   [6:0] i_reg_120;
reg   [2:0] j_reg_131;
reg   [31:0] a_reg_142;
reg   [31:0] b_reg_153;
reg   [31:0] c_reg_164;
reg   [31:0] d_reg_175;
reg   [31:0] e_reg_186;
reg   [31:0] W_U [0:15];
wire    exitcond_fu_190_p2;
wire    exitcond1_fu_196_p2;
wire    tmp_lt16_fu_200_p2;
wire   [3:0] W_idx_t_3;
wire   [3:0] W_idx_t_8;
wire   [3:0] W_idx_t_14;
wire   [31:0] sched_fu_204_p2;
wire   [31:0] wt_fu_208_p2;
reg   [31:0] f_fu_210_p2;
reg   [31:0] k_fu_220_p2;
wire   [31:0] temp_fu_230_p2;
reg   [4:0] ap_NS_fsm;

// power-on value, as Vivado writes it
initial begin
#0 ap_CS_fsm = 5'd1;
end

always @ (posedge ap_clk) begin
    if (ap_rst == 1'b1) begin
        ap_CS_fsm <= ap_ST_fsm_state1;
    end else begin
        ap_CS_fsm <= ap_NS_fsm;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state3)) begin
        i_reg_120 <= i_reg_120 + 7'd1;
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        i_reg_120 <= 7'd0;
    end
end

always @ (posedge ap_clk) begin
    if (((exitcond1_fu_196_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state4))) begin
        j_reg_131 <= j_reg_131 + 3'd1;
    end else if (((exitcond_fu_190_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state2))) begin
        j_reg_131 <= 3'd0;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state3)) begin
        W_U[i_reg_120[3:0]] <= wt_fu_208_p2;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state3)) begin
        a_reg_142 <= temp_fu_230_p2;
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        a_reg_142 <= 32'd1732584193;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state3)) begin
        b_reg_153 <= a_reg_142;
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        b_reg_153 <= 32'd4023233417;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state3)) begin
        c_reg_164 <= {b_reg_153[1:0], b_reg_153[31:2]};
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        c_reg_164 <= 32'd2562383102;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state3)) begin
        d_reg_175 <= c_reg_164;
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        d_reg_175 <= 32'd271733878;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state3)) begin
        e_reg_186 <= d_reg_175;
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        e_reg_186 <= 32'd3285377520;
    end
end

always @ (*) begin
    if ((1'b1 == ap_CS_fsm_state5)) begin
        ap_done = 1'b1;
    end else begin
        ap_done = 1'b0;
    end
end

always @ (*) begin
    if (((ap_start == 1'b0) & (1'b1 == ap_CS_fsm_state1))) begin
        ap_idle = 1'b1;
    end else begin
        ap_idle = 1'b0;
    end
end

always @ (*) begin
    if ((1'b1 == ap_CS_fsm_state5)) begin
        ap_ready = 1'b1;
    end else begin
        ap_ready = 1'b0;
    end
end

always @ (*) begin
    if (((exitcond_fu_190_p2 == 1'd0) & (tmp_lt16_fu_200_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state2))) begin
        msg_ce0 = 1'b1;
    end else begin
        msg_ce0 = 1'b0;
    end
end

always @ (*) begin
    if (((exitcond1_fu_196_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state4))) begin
        digest_ce0 = 1'b1;
        digest_we0 = 1'b1;
    end else begin
        digest_ce0 = 1'b0;
        digest_we0 = 1'b0;
    end
end

// Ch, Parity, Maj, Parity (FIPS 180-4 section 4.1.1) and K_t, by the step's range
always @ (*) begin
    if ((i_reg_120 < 7'd20)) begin
        f_fu_210_p2 = (b_reg_153 & c_reg_164) ^ (~b_reg_153 & d_reg_175);
        k_fu_220_p2 = 32'd1518500249;
    end else if ((i_reg_120 < 7'd40)) begin
        f_fu_210_p2 = b_reg_153 ^ c_reg_164 ^ d_reg_175;
        k_fu_220_p2 = 32'd1859775393;
    end else if ((i_reg_120 < 7'd60)) begin
        f_fu_210_p2 = (b_reg_153 & c_reg_164) ^ (b_reg_153 & d_reg_175) ^ (c_reg_164 & d_reg_175);
        k_fu_220_p2 = 32'd2400959708;
    end else begin
        f_fu_210_p2 = b_reg_153 ^ c_reg_164 ^ d_reg_175;
        k_fu_220_p2 = 32'd3395469782;
    end
end

always @ (*) begin
    case (j_reg_131)
        3'd0: digest_d0 = a_reg_142 + 32'd1732584193;
        3'd1: digest_d0 = b_reg_153 + 32'd4023233417;
        3'd2: digest_d0 = c_reg_164 + 32'd2562383102;
        3'd3: digest_d0 = d_reg_175 + 32'd271733878;
        default: digest_d0 = e_reg_186 + 32'd3285377520;
    endcase
end

always @ (*) begin
    case (ap_CS_fsm)
        ap_ST_fsm_state1 : begin
            if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
                ap_NS_fsm = ap_ST_fsm_state2;
            end else begin
                ap_NS_fsm = ap_ST_fsm_state1;
            end
        end
        ap_ST_fsm_state2 : begin
            if (((exitcond_fu_190_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state2))) begin
                ap_NS_fsm = ap_ST_fsm_state4;
            end else begin
                ap_NS_fsm = ap_ST_fsm_state3;
            end
        end
        ap_ST_fsm_state3 : begin
            ap_NS_fsm = ap_ST_fsm_state2;
        end
        ap_ST_fsm_state4 : begin
            if (((exitcond1_fu_196_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state4))) begin
                ap_NS_fsm = ap_ST_fsm_state5;
            end else begin
                ap_NS_fsm = ap_ST_fsm_state4;
            end
        end
        ap_ST_fsm_state5 : begin
            ap_NS_fsm = ap_ST_fsm_state1;
        end
        default : begin
            ap_NS_fsm = 'bx;
        end
    endcase
end

assign ap_CS_fsm_state1 = ap_CS_fsm[32'd0];
assign ap_CS_fsm_state2 = ap_CS_fsm[32'd1];
assign ap_CS_fsm_state3 = ap_CS_fsm[32'd2];
assign ap_CS_fsm_state4 = ap_CS_fsm[32'd3];
assign ap_CS_fsm_state5 = ap_CS_fsm[32'd4];
assign exitcond_fu_190_p2 = ((i_reg_120 == 7'd80) ? 1'b1 : 1'b0);
assign exitcond1_fu_196_p2 = ((j_reg_131 == 3'd5) ? 1'b1 : 1'b0);
assign tmp_lt16_fu_200_p2 = ((i_reg_120 < 7'd16) ? 1'b1 : 1'b0);
assign msg_address0 = i_reg_120[3:0];
assign digest_address0 = j_reg_131;
// W_t = ROTL1(W[t-3] ^ W[t-8] ^ W[t-14] ^ W[t-16]) in the 16-word circular schedule, or the message word
assign W_idx_t_3 = i_reg_120[3:0] + 4'd13;
assign W_idx_t_8 = i_reg_120[3:0] + 4'd8;
assign W_idx_t_14 = i_reg_120[3:0] + 4'd2;
assign sched_fu_204_p2 = W_U[W_idx_t_3] ^ W_U[W_idx_t_8] ^ W_U[W_idx_t_14] ^ W_U[i_reg_120[3:0]];
assign wt_fu_208_p2 = (tmp_lt16_fu_200_p2 == 1'b1) ? msg_q0 : {sched_fu_204_p2[30:0], sched_fu_204_p2[31]};
assign temp_fu_230_p2 = {a_reg_142[26:0], a_reg_142[31:27]} + f_fu_210_p2 + e_reg_186 + k_fu_220_p2 + wt_fu_208_p2;

endmodule

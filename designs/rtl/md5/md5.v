// ==============================================================
// Hand-written in the style of Vivado(TM) HLS 2019.1 output (block-level ap_ctrl_hs, one-hot ap_CS_fsm with
// ap_ST_fsm_stateN parameters, one always block per register, ap_memory ports): one MD5 compression
// (RFC 1321) of the 16-word block msg, digest = initial state + final a, b, c, d. Not tool output.
//   state1: idle; on ap_start a..d <= initial state, i <= 0
//   state2: loop header: i == 64 exits to state4; else reads msg[g(i)] and K[i]
//   state3: one MD5 step with the read data; i <= i + 1
//   state4: digest loop (self-loop): writes digest[j], j <= j + 1, until j == 4
//   state5: ap_done
// ==============================================================
`timescale 1 ns / 1 ps

(* CORE_GENERATION_INFO="md5,hls_ip_2019_1,{HLS_INPUT_TYPE=c,HLS_SYN_LAT=262}" *)

module md5 (
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
output  [1:0] digest_address0;
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
wire   [5:0] K_address0;
reg    K_ce0;
wire   [31:0] K_q0;
wire    exitcond_fu_190_p2;
wire    exitcond1_fu_196_p2;
reg   [3:0] g_fu_202_p2;
reg   [31:0] f_fu_210_p2;
reg   [4:0] s_fu_220_p2;
wire   [31:0] sum_fu_230_p2;
wire   [31:0] rot_fu_240_p2;
reg   [4:0] ap_NS_fsm;

// power-on value, as Vivado writes it
initial begin
#0 ap_CS_fsm = 5'd1;
end

md5_K_rom K_U(
    .clk(ap_clk),
    .addr0(K_address0),
    .ce0(K_ce0),
    .q0(K_q0)
);

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
        a_reg_142 <= d_reg_175;
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        a_reg_142 <= 32'd1732584193;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state3)) begin
        b_reg_153 <= rot_fu_240_p2;
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        b_reg_153 <= 32'd4023233417;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state3)) begin
        c_reg_164 <= b_reg_153;
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
    if (((exitcond_fu_190_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state2))) begin
        msg_ce0 = 1'b1;
    end else begin
        msg_ce0 = 1'b0;
    end
end

always @ (*) begin
    if (((exitcond_fu_190_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state2))) begin
        K_ce0 = 1'b1;
    end else begin
        K_ce0 = 1'b0;
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

// message word of step i (RFC 1321: i, 5i + 1, 3i + 5, 7i, mod 16)
always @ (*) begin
    case (i_reg_120[5:4])
        2'd0: g_fu_202_p2 = i_reg_120[3:0];
        2'd1: g_fu_202_p2 = i_reg_120[3:0] * 4'd5 + 4'd1;
        2'd2: g_fu_202_p2 = i_reg_120[3:0] * 4'd3 + 4'd5;
        default: g_fu_202_p2 = i_reg_120[3:0] * 4'd7;
    endcase
end

// the round function of step i (i_reg_120 is still i in state3)
always @ (*) begin
    case (i_reg_120[5:4])
        2'd0: f_fu_210_p2 = (b_reg_153 & c_reg_164) | (~b_reg_153 & d_reg_175);
        2'd1: f_fu_210_p2 = (d_reg_175 & b_reg_153) | (~d_reg_175 & c_reg_164);
        2'd2: f_fu_210_p2 = b_reg_153 ^ c_reg_164 ^ d_reg_175;
        default: f_fu_210_p2 = c_reg_164 ^ (b_reg_153 | ~d_reg_175);
    endcase
end

// rotation of step i
always @ (*) begin
    case ({i_reg_120[5:4], i_reg_120[1:0]})
        4'd0: s_fu_220_p2 = 5'd7;
        4'd1: s_fu_220_p2 = 5'd12;
        4'd2: s_fu_220_p2 = 5'd17;
        4'd3: s_fu_220_p2 = 5'd22;
        4'd4: s_fu_220_p2 = 5'd5;
        4'd5: s_fu_220_p2 = 5'd9;
        4'd6: s_fu_220_p2 = 5'd14;
        4'd7: s_fu_220_p2 = 5'd20;
        4'd8: s_fu_220_p2 = 5'd4;
        4'd9: s_fu_220_p2 = 5'd11;
        4'd10: s_fu_220_p2 = 5'd16;
        4'd11: s_fu_220_p2 = 5'd23;
        4'd12: s_fu_220_p2 = 5'd6;
        4'd13: s_fu_220_p2 = 5'd10;
        4'd14: s_fu_220_p2 = 5'd15;
        default: s_fu_220_p2 = 5'd21;
    endcase
end

always @ (*) begin
    case (j_reg_131[1:0])
        2'd0: digest_d0 = a_reg_142 + 32'd1732584193;
        2'd1: digest_d0 = b_reg_153 + 32'd4023233417;
        2'd2: digest_d0 = c_reg_164 + 32'd2562383102;
        default: digest_d0 = d_reg_175 + 32'd271733878;
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
assign exitcond_fu_190_p2 = ((i_reg_120 == 7'd64) ? 1'b1 : 1'b0);
assign exitcond1_fu_196_p2 = ((j_reg_131 == 3'd4) ? 1'b1 : 1'b0);
assign msg_address0 = g_fu_202_p2;
assign K_address0 = i_reg_120[5:0];
assign digest_address0 = j_reg_131[1:0];
assign sum_fu_230_p2 = f_fu_210_p2 + a_reg_142 + K_q0 + msg_q0;
assign rot_fu_240_p2 = b_reg_153 + ((sum_fu_230_p2 << s_fu_220_p2) | (sum_fu_230_p2 >> (6'd32 - {1'b0, s_fu_220_p2})));

endmodule

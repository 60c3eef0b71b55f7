// ----------------------------------------------------------------------------
// Hand-written in the style of LegUp High-Level Synthesis Tool Version 4.0 (http://legup.org):
// binary cur_state/next_state, LEGUP_F_<function>_BB_<block>_<n> state parameters, combinational values
// computed in always @(*) blocks with registered copies named *_reg, registered finish/return_val.
// The handshake is renamed to the project convention: clk -> ap_clk, reset -> ap_rst, start -> ap_start,
// finish -> ap_done, return_val -> ap_return; the memory controller port for `msg` is exposed with
// ap_memory names (msg_address0 / msg_ce0 / msg_q0, read data one cycle after the request).
//
// Source function (bitwise CRC-32, reflected polynomial 0xEDB88320, as zlib's crc32):
//
//   unsigned main(const unsigned msg[16], unsigned len) {     // len in bytes, 0..64
//     unsigned crc = 0xFFFFFFFF, word;
//     for (unsigned i = 0; i < len; i++) {
//       if ((i & 3) == 0) word = msg[i >> 2];
//       crc ^= (word >> (8 * (i & 3))) & 0xFF;
//       for (unsigned j = 0; j < 8; j++) crc = (crc >> 1) ^ (0xEDB88320 & -(crc & 1));
//     }
//     return ~crc;
//   }
// ----------------------------------------------------------------------------
`timescale 1 ns / 1 ps
module crc32
(
	ap_clk,
	ap_rst,
	ap_start,
	ap_done,
	ap_return,
	len,
	msg_address0,
	msg_ce0,
	msg_q0
);

parameter [3:0] LEGUP_0 = 4'd0;
parameter [3:0] LEGUP_F_main_BB_entry_1 = 4'd1;
parameter [3:0] LEGUP_F_main_BB_for_cond_2 = 4'd2;
parameter [3:0] LEGUP_F_main_BB_for_body_3 = 4'd3;
parameter [3:0] LEGUP_F_main_BB_if_then_4 = 4'd4;
parameter [3:0] LEGUP_F_main_BB_if_end_5 = 4'd5;
parameter [3:0] LEGUP_F_main_BB_for_body7_6 = 4'd6;
parameter [3:0] LEGUP_F_main_BB_for_inc_7 = 4'd7;
parameter [3:0] LEGUP_F_main_BB_for_end_8 = 4'd8;

input  ap_clk;
input  ap_rst;
input  ap_start;
output reg  ap_done;
output reg [31:0] ap_return;
input [31:0] len;
output reg [3:0] msg_address0;
output reg  msg_ce0;
input [31:0] msg_q0;
reg [3:0] cur_state;
reg [3:0] next_state;
reg  fsm_stall;
reg [31:0] main_entry_len_reg;
reg [31:0] main_for_cond_i_0_reg;
reg [31:0] main_for_cond_crc_0_reg;
reg [31:0] main_if_then_word_reg;
reg [3:0] main_for_body7_j_0_reg;
reg  main_for_cond_exitcond;
reg [1:0] main_for_body_and;
reg  main_for_body_cmp1;
reg [7:0] main_if_end_byte;
reg [31:0] main_if_end_xor;
reg [31:0] main_for_body7_mask;
reg [31:0] main_for_body7_xor8;
reg  main_for_body7_exitcond;
reg [31:0] main_for_inc_inc;
reg [31:0] main_for_end_not;

/* Unsynthesizable Statements */
/* synthesis translate_off */
always @(posedge ap_clk)
	if (!fsm_stall) begin
	/* main: %for.end*/
	/*   ret i32 %not, !MSB !1, !LSB !2, !extendFrom !1*/
	if ((cur_state == LEGUP_F_main_BB_for_end_8)) begin
		if (ap_rst == 1'b0 && ^(main_for_end_not) === 1'bX) begin $display ("ERROR: return value is 'X'"); $finish; end
	end
end
/* synthesis translate_on */
always @(posedge ap_clk) begin
if (ap_rst == 1'b1)
	cur_state <= LEGUP_0;
else if (!fsm_stall)
	cur_state <= next_state;
end

always @(*)
begin
next_state = cur_state;
case(cur_state)  // synthesis parallel_case
LEGUP_0:
	if ((fsm_stall == 1'd0) && (ap_start == 1'd1))
		next_state = LEGUP_F_main_BB_entry_1;
LEGUP_F_main_BB_entry_1:
		next_state = LEGUP_F_main_BB_for_cond_2;
LEGUP_F_main_BB_for_cond_2:
	if ((fsm_stall == 1'd0) && (main_for_cond_exitcond == 1'd1))
		next_state = LEGUP_F_main_BB_for_end_8;
	else if ((fsm_stall == 1'd0) && (main_for_cond_exitcond == 1'd0))
		next_state = LEGUP_F_main_BB_for_body_3;
LEGUP_F_main_BB_for_body_3:
	if ((fsm_stall == 1'd0) && (main_for_body_cmp1 == 1'd1))
		next_state = LEGUP_F_main_BB_if_then_4;
	else if ((fsm_stall == 1'd0) && (main_for_body_cmp1 == 1'd0))
		next_state = LEGUP_F_main_BB_if_end_5;
LEGUP_F_main_BB_if_then_4:
		next_state = LEGUP_F_main_BB_if_end_5;
LEGUP_F_main_BB_if_end_5:
		next_state = LEGUP_F_main_BB_for_body7_6;
LEGUP_F_main_BB_for_body7_6:
	if ((fsm_stall == 1'd0) && (main_for_body7_exitcond == 1'd1))
		next_state = LEGUP_F_main_BB_for_inc_7;
	else if ((fsm_stall == 1'd0) && (main_for_body7_exitcond == 1'd0))
		next_state = LEGUP_F_main_BB_for_body7_6;
LEGUP_F_main_BB_for_inc_7:
		next_state = LEGUP_F_main_BB_for_cond_2;
LEGUP_F_main_BB_for_end_8:
		next_state = LEGUP_0;
default:
	next_state = cur_state;
endcase

end
always @(*) begin
	fsm_stall = 1'd0;
	if (ap_rst) begin
		fsm_stall = 1'd0;
	end
end
always @(*) begin
	main_for_cond_exitcond = (main_for_cond_i_0_reg >= main_entry_len_reg);
end
always @(*) begin
	main_for_body_and = main_for_cond_i_0_reg[1:0];
end
always @(*) begin
	main_for_body_cmp1 = (main_for_body_and == 2'd0);
end
always @(*) begin
	main_if_end_byte = (main_if_then_word_reg >> ({3'd0, main_for_body_and} << 3));
end
always @(*) begin
	main_if_end_xor = (main_for_cond_crc_0_reg ^ {24'd0, main_if_end_byte});
end
always @(*) begin
	main_for_body7_mask = (32'd0 - {31'd0, main_for_cond_crc_0_reg[0]});
end
always @(*) begin
	main_for_body7_xor8 = ((main_for_cond_crc_0_reg >> 32'd1) ^ (main_for_body7_mask & 32'hEDB88320));
end
always @(*) begin
	main_for_body7_exitcond = (main_for_body7_j_0_reg == 4'd7);
end
always @(*) begin
	main_for_inc_inc = (main_for_cond_i_0_reg + 32'd1);
end
always @(*) begin
	main_for_end_not = ~(main_for_cond_crc_0_reg);
end
always @(posedge ap_clk) begin
	if ((cur_state == LEGUP_F_main_BB_entry_1)) begin
		main_entry_len_reg <= len;
	end
end
always @(posedge ap_clk) begin
	if ((cur_state == LEGUP_F_main_BB_entry_1)) begin
		main_for_cond_i_0_reg <= 32'd0;
	end
	if ((cur_state == LEGUP_F_main_BB_for_inc_7)) begin
		main_for_cond_i_0_reg <= main_for_inc_inc;
	end
end
always @(posedge ap_clk) begin
	if ((cur_state == LEGUP_F_main_BB_entry_1)) begin
		main_for_cond_crc_0_reg <= 32'hFFFFFFFF;
	end
	if ((cur_state == LEGUP_F_main_BB_if_end_5)) begin
		main_for_cond_crc_0_reg <= main_if_end_xor;
	end
	if ((cur_state == LEGUP_F_main_BB_for_body7_6)) begin
		main_for_cond_crc_0_reg <= main_for_body7_xor8;
	end
end
always @(posedge ap_clk) begin
	/* main: %if.then*/
	/*   %word = load i32* %arrayidx, align 4, !MSB !3, !LSB !2, !extendFrom !3*/
	if ((cur_state == LEGUP_F_main_BB_if_then_4)) begin
		main_if_then_word_reg <= msg_q0;
		/* synthesis translate_off */
		if (ap_start == 1'b0 && ^(msg_q0) === 1'bX) begin $display ("ERROR: Right hand side is 'X'. Assigned to main_if_then_word_reg"); $finish; end
		/* synthesis translate_on */
	end
end
always @(posedge ap_clk) begin
	if ((cur_state == LEGUP_F_main_BB_if_end_5)) begin
		main_for_body7_j_0_reg <= 4'd0;
	end
	if ((cur_state == LEGUP_F_main_BB_for_body7_6)) begin
		main_for_body7_j_0_reg <= (main_for_body7_j_0_reg + 4'd1);
	end
end
always @(*) begin
	msg_ce0 = 1'd0;
	if ((cur_state == LEGUP_F_main_BB_for_body_3)) begin
		msg_ce0 = main_for_body_cmp1;
	end
end
always @(*) begin
	msg_address0 = 4'd0;
	if ((cur_state == LEGUP_F_main_BB_for_body_3)) begin
		msg_address0 = main_for_cond_i_0_reg[5:2];
	end
end
always @(posedge ap_clk) begin
	if ((cur_state == LEGUP_0)) begin
		ap_done <= 1'd0;
	end
	if ((cur_state == LEGUP_F_main_BB_for_end_8)) begin
		ap_done <= (fsm_stall == 1'd0);
	end
end
always @(posedge ap_clk) begin
	if ((cur_state == LEGUP_0)) begin
		ap_return <= 0;
	end
	if ((cur_state == LEGUP_F_main_BB_for_end_8)) begin
		ap_return <= main_for_end_not;
	end
end

endmodule

// Vivado style ROM loaded with $readmemh (contents in rom_sum.dat next to this file): returns rom[x] + x.
`timescale 1 ns / 1 ps
module rom_sum (ap_clk, ap_rst, ap_start, ap_done, ap_idle, ap_ready, x, ap_return);
parameter ap_ST_fsm_state1 = 3'd1;
parameter ap_ST_fsm_state2 = 3'd2;
parameter ap_ST_fsm_state3 = 3'd4;
input ap_clk;
input ap_rst;
input ap_start;
output ap_done;
output ap_idle;
output ap_ready;
input [1:0] x;
output [15:0] ap_return;
reg [2:0] ap_CS_fsm;
reg [2:0] ap_NS_fsm;
reg [15:0] rom [0:3];
reg [15:0] q_reg;
reg [15:0] sum_reg;
initial begin
    $readmemh("./rom_sum.dat", rom);
end
wire ap_CS_fsm_state1 = ap_CS_fsm[0];
wire ap_CS_fsm_state2 = ap_CS_fsm[1];
wire ap_CS_fsm_state3 = ap_CS_fsm[2];
always @ (posedge ap_clk) begin
    if (ap_rst == 1'b1) begin
        ap_CS_fsm <= ap_ST_fsm_state1;
    end else begin
        ap_CS_fsm <= ap_NS_fsm;
    end
end
always @ (posedge ap_clk) begin
    if (ap_CS_fsm_state1 & ap_start) begin
        q_reg <= rom[x];
    end
end
always @ (posedge ap_clk) begin
    if (ap_CS_fsm_state2 == 1'b1) begin
        sum_reg <= q_reg + x;
    end
end
always @ (*) begin
    case (ap_CS_fsm)
        ap_ST_fsm_state1: ap_NS_fsm = ap_start ? ap_ST_fsm_state2 : ap_ST_fsm_state1;
        ap_ST_fsm_state2: ap_NS_fsm = ap_ST_fsm_state3;
        ap_ST_fsm_state3: ap_NS_fsm = ap_ST_fsm_state1;
        default: ap_NS_fsm = 3'bxxx;
    endcase
end
assign ap_done = ap_CS_fsm_state3;
assign ap_ready = ap_CS_fsm_state3;
assign ap_idle = ap_CS_fsm_state1 & ~ap_start;
assign ap_return = sum_reg;
endmodule

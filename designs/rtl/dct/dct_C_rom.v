// ==============================================================
// Hand-written in the style of Vivado(TM) HLS 2019.1 output: the constant array C of dct (the H.264 4x4
// forward core transform matrix, 3-bit signed entries) as a ROM with a registered output. Vivado loads it with
// $readmemh("./dct_C_rom.dat", ram); the contents are written inline here. Only the initial block assigns it.
// ==============================================================
`timescale 1 ns / 1 ps
module dct_C_rom (
addr0, ce0, q0, clk);

parameter DWIDTH = 3;
parameter AWIDTH = 4;
parameter MEM_SIZE = 16;

input[AWIDTH-1:0] addr0;
input ce0;
output reg[DWIDTH-1:0] q0;
input clk;

reg [DWIDTH-1:0] ram[0:MEM_SIZE-1];

initial begin
    ram[0] = 3'b001; ram[1] = 3'b001; ram[2] = 3'b001; ram[3] = 3'b001;
    ram[4] = 3'b010; ram[5] = 3'b001; ram[6] = 3'b111; ram[7] = 3'b110;
    ram[8] = 3'b001; ram[9] = 3'b111; ram[10] = 3'b111; ram[11] = 3'b001;
    ram[12] = 3'b001; ram[13] = 3'b110; ram[14] = 3'b010; ram[15] = 3'b111;
end



always @(posedge clk)  
begin 
    if (ce0) 
    begin
        q0 <= ram[addr0];
    end
end



endmodule

`timescale 1 ns / 1 ps
module dct_C(
    reset,
    clk,
    address0,
    ce0,
    q0);

parameter DataWidth = 32'd3;
parameter AddressRange = 32'd16;
parameter AddressWidth = 32'd4;
input reset;
input clk;
input[AddressWidth - 1:0] address0;
input ce0;
output[DataWidth - 1:0] q0;



dct_C_rom dct_C_rom_U(
    .clk( clk ),
    .addr0( address0 ),
    .ce0( ce0 ),
    .q0( q0 ));

endmodule

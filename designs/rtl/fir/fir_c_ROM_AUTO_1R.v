// ==============================================================
// Hand-written in the style of Vitis HLS 2022.1 output: the coefficient ROM of fir as its own module.
// Vitis loads the contents with $readmemh("./fir_c_ROM_AUTO_1R.dat", ram); here they are written inline so
// the design needs no data file. The array is only assigned in the initial block: a ROM.
// ==============================================================
`timescale 1 ns / 1 ps
module fir_c_ROM_AUTO_1R (
    address0, ce0, q0,
    reset, clk);

parameter DataWidth = 16;
parameter AddressWidth = 3;
parameter AddressRange = 8;

input[AddressWidth-1:0] address0;
input ce0;
output reg[DataWidth-1:0] q0;

input reset;
input clk;

(* ram_style = "auto"  *)reg [DataWidth-1:0] ram[0:AddressRange-1];

initial begin
    ram[0] = 16'h0005;
    ram[1] = 16'hfff4;
    ram[2] = 16'h0025;
    ram[3] = 16'h0065;
    ram[4] = 16'h0049;
    ram[5] = 16'hffec;
    ram[6] = 16'h0009;
    ram[7] = 16'hfffe;
end

always @(posedge clk)
begin
    if (ce0)
    begin
        q0 <= ram[address0];
    end
end

endmodule

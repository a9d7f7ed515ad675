using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPulse.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FrozenCheckoutTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PaymentAttempts_OrderSessionId_Number",
                table: "PaymentAttempts");

            migrationBuilder.RenameColumn(
                name: "FlagReason",
                table: "Payments",
                newName: "Reason");

            migrationBuilder.RenameColumn(
                name: "Currency",
                table: "PaymentAttempts",
                newName: "Quote_Currency");

            migrationBuilder.RenameColumn(
                name: "AmountCents",
                table: "PaymentAttempts",
                newName: "Quote_TotalCents");

            migrationBuilder.AddColumn<long>(
                name: "RefundedAt",
                table: "Payments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Quote_DiscountCents",
                table: "PaymentAttempts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Checkouts opened before terms were frozen get a readable placeholder; no session names them as open, so a
            // payment that still arrives for one is refunded.
            migrationBuilder.AddColumn<string>(
                name: "Quote_Package",
                table: "PaymentAttempts",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Basic");

            migrationBuilder.AddColumn<string>(
                name: "Quote_TierLabel",
                table: "PaymentAttempts",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Quote_TierPriceCents",
                table: "PaymentAttempts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "Quote_VehicleCount",
                table: "PaymentAttempts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "Quote_VatCents",
                table: "PaymentAttempts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Quote_VoucherCode",
                table: "PaymentAttempts",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VehicleIds",
                table: "PaymentAttempts",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "OpenCheckoutId",
                table: "OrderSessions",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "OrderSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RefundedAt",
                table: "DemoCheckouts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAttempts_OrderSessionId_Number",
                table: "PaymentAttempts",
                columns: new[] { "OrderSessionId", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PaymentAttempts_OrderSessionId_Number",
                table: "PaymentAttempts");

            migrationBuilder.DropColumn(
                name: "RefundedAt",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "Quote_DiscountCents",
                table: "PaymentAttempts");

            migrationBuilder.DropColumn(
                name: "Quote_Package",
                table: "PaymentAttempts");

            migrationBuilder.DropColumn(
                name: "Quote_TierLabel",
                table: "PaymentAttempts");

            migrationBuilder.DropColumn(
                name: "Quote_TierPriceCents",
                table: "PaymentAttempts");

            migrationBuilder.DropColumn(
                name: "Quote_VehicleCount",
                table: "PaymentAttempts");

            migrationBuilder.DropColumn(
                name: "Quote_VatCents",
                table: "PaymentAttempts");

            migrationBuilder.DropColumn(
                name: "Quote_VoucherCode",
                table: "PaymentAttempts");

            migrationBuilder.DropColumn(
                name: "VehicleIds",
                table: "PaymentAttempts");

            migrationBuilder.DropColumn(
                name: "OpenCheckoutId",
                table: "OrderSessions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "OrderSessions");

            migrationBuilder.DropColumn(
                name: "RefundedAt",
                table: "DemoCheckouts");

            migrationBuilder.RenameColumn(
                name: "Reason",
                table: "Payments",
                newName: "FlagReason");

            migrationBuilder.RenameColumn(
                name: "Quote_Currency",
                table: "PaymentAttempts",
                newName: "Currency");

            migrationBuilder.RenameColumn(
                name: "Quote_TotalCents",
                table: "PaymentAttempts",
                newName: "AmountCents");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAttempts_OrderSessionId_Number",
                table: "PaymentAttempts",
                columns: new[] { "OrderSessionId", "Number" },
                unique: true);
        }
    }
}

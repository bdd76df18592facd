using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Tickets;

public class TicketNumberTests
{
    [Theory]
    [InlineData(2026, 11, 22, 42, "20261122-00042")]
    [InlineData(2026, 1, 5, 1, "20260105-00001")]
    [InlineData(2026, 12, 31, 12345, "20261231-12345")]
    [InlineData(2027, 2, 8, 99999, "20270208-99999")]
    public void Ticket_numbers_are_the_local_date_and_a_five_digit_sequence(int year, int month, int day, int sequence, string expected)
    {
        TicketNumber.Format(new DateOnly(year, month, day), sequence).ShouldBe(expected);
    }

    [Theory]
    [InlineData(100_000, "20261204-100000")]
    [InlineData(654_321, "20261204-654321")]
    [InlineData(999_999, "20261204-999999")]
    public void A_day_past_99999_tickets_continues_with_six_digits(int sequence, string expected)
    {
        var number = TicketNumber.Format(new DateOnly(2026, 12, 4), sequence);

        number.ShouldBe(expected);
        TicketNumber.TryParse(number, out _, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(sequence);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000_000)]
    [InlineData(int.MaxValue)]
    public void A_sequence_outside_one_to_999999_is_rejected(int sequence)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => TicketNumber.Format(new DateOnly(2026, 11, 22), sequence));

        error.ParamName.ShouldBe("sequence");
    }

    [Fact]
    public void A_well_formed_number_parses_into_its_date_and_sequence()
    {
        TicketNumber.TryParse("20261122-00042", out var date, out var sequence).ShouldBeTrue();

        date.ShouldBe(new DateOnly(2026, 11, 22));
        sequence.ShouldBe(42);
    }

    [Theory]
    [InlineData(2026, 2, 28, 1)]
    [InlineData(2026, 10, 1, 3091)]
    [InlineData(2028, 2, 29, 99999)]
    public void A_formatted_number_parses_back_to_what_made_it(int year, int month, int day, int sequence)
    {
        var number = TicketNumber.Format(new DateOnly(year, month, day), sequence);

        TicketNumber.TryParse(number, out var date, out var parsed).ShouldBeTrue();
        date.ShouldBe(new DateOnly(year, month, day));
        parsed.ShouldBe(sequence);
        TicketNumber.IsValid(number).ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("20261122-0042")]
    [InlineData("20261122-000042")]
    [InlineData("20261122-099999")]
    [InlineData("20261122-1000000")]
    [InlineData("2026112-00042")]
    [InlineData("20261301-00001")]
    [InlineData("20260230-00001")]
    [InlineData("20261100-00001")]
    [InlineData("2026112a-00042")]
    [InlineData("20261122-0004a")]
    [InlineData("ABCDEFGH-IJKLM")]
    [InlineData("20261122-00000")]
    [InlineData("20261122000042")]
    [InlineData("20261122_00042")]
    [InlineData("202611220-0042")]
    [InlineData(" 20261122-0042")]
    [InlineData("20261122- 0042")]
    [InlineData("20261122-+0042")]
    [InlineData("20261122--0042")]
    [InlineData("20261122-０００４２")]
    [InlineData("２０２６1122-00042")]
    public void Anything_else_is_not_a_ticket_number(string? text)
    {
        TicketNumber.IsValid(text).ShouldBeFalse();
        TicketNumber.TryParse(text, out _, out _).ShouldBeFalse();
    }
}

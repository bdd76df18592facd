using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hotline.Services.Data;

/// <summary>Lets `dotnet ef` build the model without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<HotlineDbContext>
{
    public HotlineDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<HotlineDbContext>();
        HotlineDbContextOptions.Configure(builder,
            Environment.GetEnvironmentVariable("ConnectionStrings__Hotline") ?? "Host=127.0.0.1;Database=hotline_design;Username=postgres");
        return new HotlineDbContext(builder.Options);
    }
}

<?php

namespace App\Tests\Command;

use App\Command\CheckSettingsCommand;
use PHPUnit\Framework\TestCase;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Tester\CommandTester;

final class CheckSettingsCommandTest extends TestCase
{
    public function testTheDefaultsPass(): void
    {
        $tester = new CommandTester(new CheckSettingsCommand('1048576', '5'));

        self::assertSame(Command::SUCCESS, $tester->execute([]));
    }

    public function testASettingThatIsNotAWholeNumberFails(): void
    {
        $tester = new CommandTester(new CheckSettingsCommand('1MB', '5'));

        self::assertSame(Command::FAILURE, $tester->execute([]));
        self::assertStringContainsString('MAX_BODY_BYTES must be a whole number', $tester->getDisplay());
    }
}

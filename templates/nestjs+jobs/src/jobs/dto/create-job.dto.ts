import { IsDefined, IsString, Matches, MaxLength } from 'class-validator';

// With stopAtFirstError (AppModule), class-validator reports the first broken
// rule of a property, trying them from the bottom up.
export class CreateJobDto {
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(100)
  @IsString()
  @IsDefined({ message: 'name is required' })
  name: string;
}

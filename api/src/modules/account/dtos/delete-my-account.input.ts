import { Field, InputType } from '@nestjs/graphql';

@InputType('DeleteMyAccountInput')
export class DeleteMyAccountInput {
  @Field(() => String, { description: 'The current password: a stolen session alone cannot delete an account.' })
  password!: string;
}
